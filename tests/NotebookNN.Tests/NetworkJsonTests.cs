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
}
