using MathNet.Numerics.LinearAlgebra.Double;

namespace NotebookNN.Tests;

public sealed class NetworkJsonTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("nnn-json").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Save_and_load_round_trip_every_weight_exactly()
    {
        var net = new Network(new Dense(3, 6, Activation.LeakyReLU(0.07)), new ParametricReLU(6, 0.3), new Maxout(6, 4, 3), new Dense(4, 2, Activation.Logistic(1.7)));
        net.Initialize(Initialization.Xavier, 11);
        foreach (var p in net.Parameters)
        {
            for (int i = 0; i < p.Count; i++)
                p.Value[i] += Math.PI * 1e-7 * (i + 1); // awkward binary fractions
        }
        var path = Path.Combine(_dir, "sub", "net.json");
        net.Save(path);
        var loaded = Network.Load(path);

        Assert.Equal(net.Parameters.Count, loaded.Parameters.Count);
        for (int k = 0; k < net.Parameters.Count; k++)
            Assert.Equal(net.Parameters[k].Value, loaded.Parameters[k].Value); // bit for bit
        Assert.Equal(net.Layers.Select(l => l.Describe()), loaded.Layers.Select(l => l.Describe()));
        var X = DenseMatrix.OfArray(new[,] { { 0.3, -1.2, 2.0 }, { 1, 1, 1 } });
        Assert.Equal(net.Predict(X), loaded.Predict(X));
        Assert.Equal(net.ToJson(), loaded.ToJson());
        Assert.False(File.Exists(path + ".tmp"));
    }

    [Fact]
    public void A_file_that_is_not_a_network_is_reported_with_its_path()
    {
        var path = Path.Combine(_dir, "bad.json");
        File.WriteAllText(path, "{\"format\": \"something else\"}");
        var ex = Assert.Throws<FormatException>(() => Network.Load(path));
        Assert.Contains(path, ex.Message);
        Assert.Contains("not a NotebookNN network file", ex.Message);

        File.WriteAllText(path, "{ not json");
        Assert.Contains("not valid JSON", Assert.Throws<FormatException>(() => Network.Load(path)).Message);
    }

    [Fact]
    public void A_weights_array_of_the_wrong_size_names_the_layer()
    {
        var json = Network.Create([2, 3, 1], Activation.Tanh, Activation.Sigmoid, 1).ToJson();
        var broken = json.Replace("\"outputs\": 3", "\"outputs\": 4");
        var ex = Assert.Throws<FormatException>(() => Network.FromJson(broken, "edited.json"));
        Assert.Contains("edited.json: layer 1 (dense)", ex.Message);
        Assert.Contains("rows", ex.Message);
    }

    [Fact]
    public void Saving_over_an_existing_file_replaces_it_whole()
    {
        var path = Path.Combine(_dir, "net.json");
        File.WriteAllText(path, new string('x', 100_000));
        Network.Create([2, 2], Activation.Identity, Activation.Identity, 1).Save(path);
        Assert.StartsWith("{", File.ReadAllText(path));
        Assert.NotNull(Network.Load(path));
    }
    [Fact]
    public void A_convolutional_network_round_trips_exactly()
    {
        var net = Conv2DTests.SmallCnn(seed: 7);
        var conv = (Conv2D)net.Layers[0];
        var path = Path.Combine(_dir, "cnn.json");
        net.Save(path);
        var loaded = Network.Load(path);

        for (int k = 0; k < net.Parameters.Count; k++)
            Assert.Equal(net.Parameters[k].Value, loaded.Parameters[k].Value); // bit for bit
        Assert.Equal(net.Layers.Select(l => l.Describe()), loaded.Layers.Select(l => l.Describe()));
        var random = new SeededRandom(3);
        var X = DenseMatrix.Create(4, net.InputSize, (_, _) => random.Gaussian());
        Assert.Equal(net.Predict(X), loaded.Predict(X));
        Assert.Equal(net.ToJson(), loaded.ToJson());
        Assert.Equal(conv.Stride, ((Conv2D)loaded.Layers[0]).Stride);
        Assert.Contains("\"type\": \"maxpool2d\"", net.ToJson());
    }

    [Fact]
    public void A_broken_image_shape_names_the_layer()
    {
        var json = Conv2DTests.SmallCnn(seed: 1).ToJson();
        var broken = json.Replace("\"type\": \"flatten\",\n      \"input\": [", "\"type\": \"flatten\",\n      \"input\": [1, ");
        Assert.NotEqual(json, broken);
        var ex = Assert.Throws<FormatException>(() => Network.FromJson(broken, "cnn.json"));
        Assert.Contains("cnn.json: layer 3 (flatten)", ex.Message);
        Assert.Contains("[channels, height, width]", ex.Message);
    }

    [Theory]
    [InlineData("[]", "not a NotebookNN network file")]
    [InlineData("42", "not a NotebookNN network file")]
    [InlineData("{\"format\": 7}", "not a NotebookNN network file")]
    [InlineData("{\"format\": \"notebooknn-network\", \"layers\": []}", "the \"layers\" array is empty")]
    [InlineData("{\"format\": \"notebooknn-network\", \"layers\": [3]}", "layer 1 is not an object")]
    [InlineData("{\"format\": \"notebooknn-network\", \"layers\": [{\"type\": 1}]}", "layer 1 has no type")]
    [InlineData("{\"format\": \"notebooknn-network\", \"layers\": [{\"type\": \"dense\", \"inputs\": \"2\", \"outputs\": 1}]}", "\"inputs\" must be a positive whole number")]
    [InlineData("{\"format\": \"notebooknn-network\", \"layers\": [{\"type\": \"dense\", \"inputs\": -1, \"outputs\": 1}]}", "\"inputs\" must be a positive whole number")]
    [InlineData("{\"format\": \"notebooknn-network\", \"layers\": [{\"type\": \"dense\", \"inputs\": 1, \"outputs\": 1, \"activation\": \"relu\", \"weights\": {}, \"bias\": [0]}]}", "\"weights\" must be a list of rows")]
    [InlineData("{\"format\": \"notebooknn-network\", \"layers\": [{\"type\": \"dense\", \"inputs\": 1, \"outputs\": 1, \"activation\": \"relu\", \"weights\": [1], \"bias\": [0]}]}", "weights row 1 is not a list of numbers")]
    [InlineData("{\"format\": \"notebooknn-network\", \"layers\": [{\"type\": \"dense\", \"inputs\": 1, \"outputs\": 1, \"activation\": \"relu\", \"weights\": [[\"a\"]], \"bias\": [0]}]}", "weight [1, 1] must be a finite number")]
    [InlineData("{\"format\": \"notebooknn-network\", \"layers\": [{\"type\": \"dense\", \"inputs\": 1, \"outputs\": 1, \"activation\": \"relu\", \"weights\": [[1e999]], \"bias\": [0]}]}", "weight [1, 1] must be a finite number, not 1e999")]
    [InlineData("{\"format\": \"notebooknn-network\", \"layers\": [{\"type\": \"dense\", \"inputs\": 1, \"outputs\": 1, \"activation\": \"relu\", \"weights\": [[1]], \"bias\": [-1e999]}]}", "bias [1] must be a finite number")]
    [InlineData("{\"format\": \"notebooknn-network\", \"layers\": [{\"type\": \"prelu\", \"size\": 2, \"initialSlope\": 0.25, \"slope\": 1e999}]}", "slope must be a finite number")]
    [InlineData("{\"format\": \"notebooknn-network\", \"layers\": [{\"type\": \"maxout\", \"inputs\": 1, \"outputs\": 2000000000, \"pieces\": 2, \"weights\": [], \"bias\": []}]}", "too large")]
    public void Every_bad_file_is_a_format_exception_saying_what_is_wrong(string json, string expected)
    {
        var ex = Assert.Throws<FormatException>(() => Network.FromJson(json, "net.json"));
        Assert.StartsWith("net.json: ", ex.Message);
        Assert.Contains(expected, ex.Message);
    }

    [Fact]
    public void Huge_sizes_are_checked_against_the_arrays_before_anything_is_allocated()
    {
        const string json = "{\"format\": \"notebooknn-network\", \"layers\": [{\"type\": \"dense\", \"inputs\": 50000, \"outputs\": 50000, \"activation\": \"relu\", \"weights\": [[1, 2]], \"bias\": [0]}]}";
        long before = GC.GetAllocatedBytesForCurrentThread();

        var ex = Assert.Throws<FormatException>(() => Network.FromJson(json, "big.json"));

        Assert.Contains("layer 1 (dense): weights have 1 rows, expected 50000", ex.Message);
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 10_000_000, "a 50000 x 50000 layer (20 GB) must never be allocated");
    }
}
