using MathNet.Numerics.LinearAlgebra;
using Plotly.NET;

namespace NotebookNN.Plotting;

public static partial class Charts
{
    /// <summary>
    /// One output of a model as a map over a 2-D input box: a white-to-blue heatmap of output column
    /// <paramref name="output"/> from 0 to 1, on axes with the same scale (so circles look round). Made for
    /// multi-label models with a sigmoid on each output, where every output is a probability of its own:
    /// draw one map per output and put them side by side with Plotly.NET's <c>Chart.Grid</c>.
    /// </summary>
    /// <param name="model">A batch [n x 2] to outputs [n x k], e.g. <c>network.Predict</c>.</param>
    /// <param name="output">Which output column to draw, 0 to k - 1.</param>
    /// <param name="xRange">The box's extent along x1.</param>
    /// <param name="yRange">The box's extent along x2.</param>
    /// <param name="resolution">Grid points per axis.</param>
    /// <param name="showScale">False hides the colour bar, e.g. on all maps of a grid but the last.</param>
    /// <exception cref="ArgumentOutOfRangeException">The output is not one of the model's columns.</exception>
    public static GenericChart OutputMap(Func<Matrix<double>, Matrix<double>> model, int output, (double Min, double Max) xRange, (double Min, double Max) yRange, int resolution = 61, bool showScale = true)
    {
        ArgumentNullException.ThrowIfNull(model);
        Matrix<double> OneColumn(Matrix<double> points)
        {
            var outputs = model(points);
            if (output < 0 || output >= outputs.ColumnCount)
                throw new ArgumentOutOfRangeException(nameof(output), output, $"Charts.OutputMap: the model has {outputs.ColumnCount} outputs (columns 0 to {outputs.ColumnCount - 1}).");
            return outputs.SubMatrix(0, outputs.RowCount, output, 1);
        }
        var grid = DecisionGrid.Compute(OneColumn, xRange.Min, xRange.Max, yRange.Min, yRange.Max, resolution);
        var (x, y) = (grid.X, grid.Y);
        var heatmap = Traces.Heatmap(grid.Values, x, y, ColorScale.Blues, 0, 1, "probability")
            .Set("showscale", showScale).Set("zsmooth", "best")
            .Set("hovertemplate", $"x1=%{{x:.2f}}<br>x2=%{{y:.2f}}<br>output {output}=%{{z:.3f}}<extra></extra>");
        return Compose(heatmap)
            .WithTitle($"Output {output} over the inputs")
            .WithXTitle("x₁").WithYTitle("x₂")
            .WithXRange(x[0], x[^1]).WithYRange(y[0], y[^1])
            .WithEqualAxes();
    }

    /// <summary>One output of a network as a map; see <see cref="OutputMap(Func{Matrix{double}, Matrix{double}}, int, ValueTuple{double, double}, ValueTuple{double, double}, int, bool)"/>.</summary>
    public static GenericChart OutputMap(Network network, int output, (double Min, double Max) xRange, (double Min, double Max) yRange, int resolution = 61, bool showScale = true)
    {
        ArgumentNullException.ThrowIfNull(network);
        return OutputMap(network.Predict, output, xRange, yRange, resolution, showScale);
    }
}
