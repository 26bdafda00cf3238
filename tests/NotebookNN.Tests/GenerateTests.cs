namespace NotebookNN.Tests;

public class GenerateTests
{
    public static TheoryData<string> Generators => new() { "xor", "circles", "moons", "spirals", "blobs", "sine" };

    private static Dataset Make(string name, int seed, double noise = 0.1) => name switch
    {
        "xor" => Generate.Xor(200, noise, seed),
        "circles" => Generate.Circles(200, noise, seed),
        "moons" => Generate.TwoMoons(200, noise, seed),
        "spirals" => Generate.Spirals(200, noise, seed),
        "blobs" => Generate.Blobs(200, [(-2, 0), (2, 0), (0, 3)], 0.5, seed),
        _ => Generate.FunctionBoundary(Math.Sin, 200, noise, seed),
    };

    [Theory]
    [MemberData(nameof(Generators))]
    public void Same_seed_same_points_other_seed_other_points(string name)
    {
        var a = Make(name, 1);
        Assert.Equal(a.Features, Make(name, 1).Features);
        Assert.Equal(a.Labels, Make(name, 1).Labels);
        Assert.NotEqual(a.Features, Make(name, 2).Features);
        Assert.Equal(200, a.Count);
        Assert.Equal(2, a.FeatureCount);
        Assert.True(a.Labels.Distinct().Count() >= 2);
    }

    [Fact]
    public void Noise_free_sets_follow_their_definitions()
    {
        var xor = Generate.Xor(100, 0, 3);
        for (int i = 0; i < xor.Count; i++)
            Assert.Equal(xor.Features[i, 0] * xor.Features[i, 1] < 0 ? 1 : 0, xor.Labels[i]);

        var circles = Generate.Circles(100, 0, 3);
        for (int i = 0; i < circles.Count; i++)
        {
            double r = Math.Sqrt(Math.Pow(circles.Features[i, 0], 2) + Math.Pow(circles.Features[i, 1], 2));
            Assert.Equal(circles.Labels[i] == 1 ? 0.5 : 1.0, r, 12);
        }

        var sine = Generate.FunctionBoundary(Math.Sin, 100, 0, 3);
        for (int i = 0; i < sine.Count; i++)
            Assert.Equal(sine.Features[i, 1] > Math.Sin(sine.Features[i, 0]) ? 1 : 0, sine.Labels[i]);
    }

    [Fact]
    public void Spirals_have_one_class_per_arm()
    {
        var spirals = Generate.Spirals(300, 0.0, 1, arms: 3);
        Assert.Equal([0, 1, 2], spirals.Labels.Distinct().Order());
        Assert.Throws<ArgumentException>(() => Generate.Spirals(10, arms: 1));
    }
}
