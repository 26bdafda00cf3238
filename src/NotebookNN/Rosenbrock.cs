namespace NotebookNN;

/// <summary>
/// The Rosenbrock function f(x, y) = (1 - x)² + 100 (y - x²)²: a curved, narrow valley with its
/// minimum f = 0 at (1, 1). A classic test of optimizers: easy to find the valley, hard to follow it.
/// </summary>
public static class Rosenbrock
{
    /// <summary>f(x, y).</summary>
    public static double Value(double x, double y) => (1 - x) * (1 - x) + 100 * (y - x * x) * (y - x * x);

    /// <summary>(∂f/∂x, ∂f/∂y) = (-2(1 - x) - 400 x (y - x²), 200 (y - x²)).</summary>
    public static (double Dx, double Dy) Gradient(double x, double y) =>
        (-2 * (1 - x) - 400 * x * (y - x * x), 200 * (y - x * x));
}

/// <summary>The points an optimizer visits on a 2-D function, and the value before each step.</summary>
/// <param name="Name">The optimizer's name, for legends.</param>
/// <param name="Points">Start point first, then the point after each step (steps + 1 points).</param>
/// <param name="Values">f at the point before each step (steps values).</param>
public sealed record DescentPath(string Name, IReadOnlyList<(double X, double Y)> Points, IReadOnlyList<double> Values)
{
    /// <summary>
    /// Runs <paramref name="optimizer"/> for <paramref name="steps"/> steps on f from <paramref name="start"/>,
    /// treating the point (x, y) as a two-number parameter. Stops early if the point becomes non-finite.
    /// </summary>
    public static DescentPath Run(
        Func<double, double, double> f,
        Func<double, double, (double Dx, double Dy)> gradient,
        IOptimizer optimizer,
        (double X, double Y) start,
        int steps)
    {
        ArgumentNullException.ThrowIfNull(f);
        ArgumentNullException.ThrowIfNull(gradient);
        ArgumentNullException.ThrowIfNull(optimizer);
        var point = new Parameter("point", [start.X, start.Y]);
        var points = new List<(double, double)> { start };
        var values = new List<double>();
        for (int s = 0; s < steps; s++)
        {
            double x = point.Value[0], y = point.Value[1];
            values.Add(f(x, y));
            var (dx, dy) = gradient(x, y);
            point.Gradient[0] = dx;
            point.Gradient[1] = dy;
            optimizer.Step([point]);
            points.Add((point.Value[0], point.Value[1]));
            if (!double.IsFinite(point.Value[0]) || !double.IsFinite(point.Value[1]))
                break;
        }
        return new DescentPath(optimizer.Name, points, values);
    }
}
