using System.Text.Json;

namespace NotebookNN.Tests;

/// <summary>PyTorch's float64 values for convolution and pooling (Fixtures/conv_reference.json, made by make_conv_reference.py).</summary>
internal static class ConvReference
{
    private static readonly Lazy<JsonElement> Root = new(() =>
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Fixtures", "conv_reference.json");
        return JsonDocument.Parse(File.ReadAllText(path)).RootElement;
    });

    public static JsonElement Conv(int index) => Root.Value.GetProperty("conv2d")[index];

    public static JsonElement Pool(int index) => Root.Value.GetProperty("max_pool2d")[index];

    public static int ConvCount => Root.Value.GetProperty("conv2d").GetArrayLength();

    public static int PoolCount => Root.Value.GetProperty("max_pool2d").GetArrayLength();

    public static ImageShape Shape(JsonElement e) => new(e[0].GetInt32(), e[1].GetInt32(), e[2].GetInt32());
}
