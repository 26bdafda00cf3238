using NotebookNN.Plotting;

namespace NotebookNN.Tests.Plotting;

/// <summary>Charts.LossSurface's camera: a view chosen by the caller, or the front-right default.</summary>
public sealed class ChartsLossSurfaceTests
{
    private static double Bowl(double x, double y) => x * x + y * y;

    [Fact]
    public void ViewFrom_places_the_camera_eye()
    {
        FigureView figure = Charts.LossSurface(Bowl, (-1, 1), (-1, 1), resolution: 5, viewFrom: (-1.25, -1.75, 0.9));
        Assert.Equal((-1.25, -1.75, 0.9), ((double)figure.Layout("scene.camera.eye.x")!, (double)figure.Layout("scene.camera.eye.y")!, (double)figure.Layout("scene.camera.eye.z")!));
        FigureView standard = Charts.LossSurface(Bowl, (-1, 1), (-1, 1), resolution: 5);
        Assert.Equal((1.5, -1.5, 1.1), ((double)standard.Layout("scene.camera.eye.x")!, (double)standard.Layout("scene.camera.eye.y")!, (double)standard.Layout("scene.camera.eye.z")!));
    }
}
