using System.Text.Json.Nodes;
using NotebookNN.Plotting;

namespace NotebookNN.Tests.Plotting;

public sealed class FigureTests
{
    [Fact]
    public void Json_has_data_layout_and_config_and_frames_only_when_animated()
    {
        var still = Chart.Line([0.0, 1], [2.0, 3]).ToJson();
        Assert.Equal(["data", "layout", "config"], still.Select(kv => kv.Key));
        var animated = Chart.Line([0.0, 1], [2.0, 3]).AddFrames([new Frame("f1", [Chart.LineTrace([0.0, 1], [5.0, 6])])]).ToJson();
        Assert.Equal(["data", "layout", "frames", "config"], animated.Select(kv => kv.Key));
        Assert.Equal("f1", (string)animated["frames"]![0]!["name"]!);
    }

    [Fact]
    public void Color_bar_title_is_set_on_every_colour_scaled_trace_and_nothing_else()
    {
        var figure = Charts.LossContour((x, y) => x * x + y * y, (-1, 1), (-1, 1),
            [new ParameterPath("walk", [(1.0, 1.0), (0.5, 0.5)])], resolution: 5).WithColorBarTitle("cost J");
        Assert.Equal("cost J", (string)figure.Traces[0].Get("colorbar.title.text")!);
        Assert.Null(figure.Traces[1].Get("colorbar"));
        var surface = Charts.LossSurface((x, y) => x * y, (-1, 1), (-1, 1), resolution: 5).WithColorBarTitle("J");
        Assert.Equal("J", (string)surface.ToJson()["data"]![0]!["colorbar"]!["title"]!["text"]!);
    }

    [Fact]
    public void NaN_and_infinities_become_null()
    {
        var json = Chart.Line([0.0, 1, 2, 3], [1.0, double.NaN, double.PositiveInfinity, double.NegativeInfinity]).ToJsonString();
        Assert.Contains("\"y\":[1,null,null,null]", json);
        var heatmap = Chart.Heatmap(new[,] { { double.NaN, 2 } }).ToJsonString();
        Assert.Contains("\"z\":[[null,2]]", heatmap);
    }

    [Fact]
    public void Titles_are_objects_with_text_and_the_theme_is_under_the_figures_own_layout()
    {
        var layout = Chart.Line([0.0, 1], [0.0, 1]).WithTitle("T").WithXTitle("X").WithYTitle("Y").WithLayout("font.size", 30).ToJson()["layout"]!;
        Assert.Equal("T", (string)layout["title"]!["text"]!);
        Assert.Equal("X", (string)layout["xaxis"]!["title"]!["text"]!);
        Assert.Equal("Y", (string)layout["yaxis"]!["title"]!["text"]!);
        Assert.Equal(30, (int)layout["font"]!["size"]!);
        Assert.Equal(Theme.FontFamily, (string)layout["font"]!["family"]!);
        Assert.Equal("#ffffff", (string)layout["plot_bgcolor"]!);
        Assert.Equal(Theme.Palette, layout["colorway"]!.AsArray().Select(c => (string)c!));
    }

    [Fact]
    public void Axis_titles_go_to_the_scene_for_3D_figures()
    {
        var layout = Chart.Surface(new double[,] { { 1, 2 }, { 3, 4 } }).WithXTitle("w1").WithZTitle("loss").ToJson()["layout"]!;
        Assert.Equal("w1", (string)layout["scene"]!["xaxis"]!["title"]!["text"]!);
        Assert.Equal("loss", (string)layout["scene"]!["zaxis"]!["title"]!["text"]!);
        Assert.Null(layout["xaxis"]);
    }

    [Fact]
    public void Hostile_strings_are_escaped_so_the_json_cannot_leave_its_script_tag()
    {
        const string Hostile = "</script><script>alert('x')</script> & <!-- \u2028\u2029 \"quoted\"";
        var figure = Chart.Line([0.0], [0.0], name: Hostile).WithTitle(Hostile);
        string json = figure.ToJsonString();
        Assert.DoesNotContain("<", json);
        Assert.DoesNotContain(">", json);
        Assert.DoesNotContain("&", json);
        Assert.DoesNotContain("\u2028", json);
        Assert.DoesNotContain("\u2029", json);
        Assert.Equal(Hostile, (string)JsonNode.Parse(json)!["layout"]!["title"]!["text"]!);
        string fragment = figure.ToHtml("plot-test");
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(fragment, "</script", System.Text.RegularExpressions.RegexOptions.IgnoreCase));
        Assert.EndsWith("</script>\n", fragment);
        string page = figure.ToHtmlPage(Hostile);
        Assert.Contains("<title>&lt;/script&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &lt;!--", page);
    }

    [Fact]
    public void Fragment_is_deterministic_except_for_the_generated_id()
    {
        var figure = Charts.SoftmaxBars([0.25, 0.75]);
        Assert.Equal(figure.ToHtml("plot-a"), figure.ToHtml("plot-a"));
        string first = figure.ToHtml(), second = figure.ToHtml();
        Assert.NotEqual(first, second);
        string id = System.Text.RegularExpressions.Regex.Match(first, "<div id=\"(plot-[0-9a-f]{32})\"").Groups[1].Value;
        Assert.Equal(first.Replace(id, "plot-a"), figure.ToHtml("plot-a"));
    }

    [Fact]
    public void Linked_sliders_need_a_frame_per_combination_and_add_their_listener_to_the_fragment()
    {
        static Figure Grid(IEnumerable<string> names)
        {
            var figure = Chart.Line([0.0], [0.0]);
            return figure.AddFrames(names.Select(n => new Frame(n, [Chart.LineTrace([0.0], [1.0])], [0])));
        }
        string[] all = ["a=1, b=1", "a=1, b=2", "a=2, b=1", "a=2, b=2"];
        var a = new LinkedSlider("a = ", ["a=1", "a=2"], ["1", "2"], ActiveStep: 1);
        var b = new LinkedSlider("b = ", ["b=1", "b=2"]);
        var linked = Grid(all).WithLinkedSliders(a, b);
        Assert.True(linked.HasLinkedSliders);
        Assert.Equal("a=2, b=1", Figure.LinkedFrameName("a=2", "b=1"));
        var sliders = linked.Layout("sliders")!.AsArray();
        Assert.Equal(["1", "2"], sliders[0]!["steps"]!.AsArray().Select(s => (string)s!["label"]!));
        Assert.Equal(["b=1", "b=2"], sliders[1]!["steps"]!.AsArray().Select(s => (string)s!["label"]!));
        Assert.Equal(1, (int)sliders[0]!["active"]!);
        string fragment = linked.ToHtml("plot-1");
        Assert.Contains("gd.on('plotly_sliderchange'", fragment);
        Assert.Contains("return s.steps[s.active].value; }).join(', ')", fragment);
        Assert.DoesNotContain("plotly_sliderchange", Grid(all).WithAnimation([new Frame("x", [])]).ToHtml("plot-1"));

        var missing = Assert.Throws<ArgumentException>(() => Grid(all.Take(3)).WithLinkedSliders(a, b));
        Assert.Contains("need a frame named 'a=2, b=2'", missing.Message);
        var badStep = Assert.Throws<ArgumentException>(() => Grid(all).WithLinkedSliders(a with { ActiveStep = 2 }, b));
        Assert.Contains("'a = ' has 2 values and active step 2", badStep.Message);
        Assert.Contains("cannot take another slider", Assert.Throws<ArgumentException>(() => linked.WithSlider("c", ["a=1, b=1"])).Message);
        Assert.Contains("cannot be combined", Assert.Throws<ArgumentException>(() => Grid(all).WithSlider("c", ["a=1, b=1"]).WithLinkedSliders(a, b)).Message);
    }

    [Fact]
    public void Animation_can_open_on_any_frame()
    {
        var frames = new[] { new Frame("1", []), new Frame("2", []), new Frame("3", []) };
        var figure = Chart.Line([0.0], [0.0]).WithAnimation(frames, "epoch ", activeFrame: 2);
        Assert.Equal(2, (int)figure.Layout("sliders")!.AsArray()[0]!["active"]!);
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Chart.Line([0.0], [0.0]).WithAnimation(frames, activeFrame: 3));
        Assert.Contains("not one of the 3 frames", error.Message);
    }

    [Fact]
    public void Log_axes_label_powers_of_ten_when_the_data_spans_two_of_them()
    {
        var wide = Chart.Line([1.0, 2, 3], [0.9, 0.05, 0.004]).WithLogY();
        Assert.Equal("log", (string)wide.Layout("yaxis.type")!);
        Assert.Equal(1, (int)wide.Layout("yaxis.dtick")!);
        Assert.Equal("power", (string)wide.Layout("yaxis.exponentformat")!);
        // 0.2 .. 0.9 holds no power of ten; 285 .. 8385 holds only 1000: label 1, 2 and 5 times powers of ten, in full.
        var narrow = Chart.Line([1.0, 2], [0.9, 0.2]).WithLogY();
        Assert.Equal([0.1, 0.2, 0.5, 1, 2, 5], narrow.Layout("yaxis.tickvals")!.AsArray().Select(v => (double)v!));
        Assert.Equal(["0.1", "0.2", "0.5", "1", "2", "5"], narrow.Layout("yaxis.ticktext")!.AsArray().Select(v => (string)v!));
        var parameters = Chart.Line([285.0, 8385], [1.0, 2]).WithLogX();
        Assert.Equal(["100", "200", "500", "1,000", "2,000", "5,000", "10,000", "20,000", "50,000"],
            parameters.Layout("xaxis.ticktext")!.AsArray().Select(v => (string)v!));
        Assert.Null(parameters.Layout("xaxis.dtick"));
        var x = Chart.Line([10.0, 100, 10_000], [1.0, 2, 3]).WithLogX();
        Assert.Equal(1, (int)x.Layout("xaxis.dtick")!);
        Assert.Null(x.Layout("yaxis.type"));
        // In a grid, only the traces on the first panel's axis count.
        var history = new TrainingHistory { Label = "run" };
        history.Add(new EpochResult(1, 0.05, 0.5, null, null));
        history.Add(new EpochResult(2, 0.009, 0.9, null, null));
        var grid = Charts.TrainingHistory(history).WithLogY();
        Assert.Equal("0.001", (string)grid.Layout("yaxis.ticktext")![0]!);
    }

    [Fact]
    public void Fragment_prefers_a_loaded_plotly_then_require_js_then_a_script_tag_with_the_pinned_version()
    {
        string fragment = Chart.Line([0.0], [0.0]).ToHtml("plot-1");
        int loaded = fragment.IndexOf("window.Plotly && typeof window.Plotly.newPlot", StringComparison.Ordinal);
        int require = fragment.IndexOf("require.config({ context: 'notebooknn-plotly-2.35.2', paths: { plotly: 'https://cdn.plot.ly/plotly-2.35.2.min' } })", StringComparison.Ordinal);
        int scriptTag = fragment.IndexOf("script.src = 'https://cdn.plot.ly/plotly-2.35.2.min.js'", StringComparison.Ordinal);
        Assert.True(loaded > 0 && require > loaded && scriptTag > require, fragment);
        Assert.StartsWith("<div id=\"plot-1\" class=\"notebooknn-figure\"></div>", fragment);
        Assert.Equal("2.35.2", PlotlyJs.Version);
    }

    [Theory]
    [InlineData("plot 1")]
    [InlineData("a\"b")]
    [InlineData("x<y")]
    [InlineData("")]
    public void A_div_id_with_unsafe_characters_is_refused(string id)
    {
        var error = Assert.ThrowsAny<ArgumentException>(() => Chart.Line([0.0], [0.0]).ToHtml(id));
        Assert.Contains("id", error.Message);
    }

    [Fact]
    public void Standalone_page_inlines_a_local_plotly_js_and_neutralises_script_ends_in_it()
    {
        string folder = Directory.CreateTempSubdirectory("notebooknn-figure").FullName;
        string fakePlotly = Path.Combine(folder, "plotly.min.js");
        File.WriteAllText(fakePlotly, "window.Plotly = { marker: '</SCRIPT>' };");
        string page = Chart.Line([0.0], [0.0]).WithTitle("Inline").ToHtmlPage(inlinePlotlyJsPath: fakePlotly);
        Assert.Contains("window.Plotly = { marker: '<\\/script>' };", page);
        Assert.DoesNotContain("cdn.plot.ly/plotly-2.35.2.min.js\"", page);
        Assert.Contains("<title>Inline</title>", page);
        Assert.True(page.IndexOf("window.Plotly = {", StringComparison.Ordinal) < page.IndexOf("<div id=\"plot-1\"", StringComparison.Ordinal));

        string online = Chart.Line([0.0], [0.0]).ToHtmlPage("Online");
        Assert.Contains("<script src=\"https://cdn.plot.ly/plotly-2.35.2.min.js\" charset=\"utf-8\"></script>", online);
    }

    [Fact]
    public void Missing_local_plotly_js_says_to_run_npm_ci()
    {
        var error = Assert.Throws<FileNotFoundException>(() => Chart.Line([0.0], [0.0]).ToHtmlPage(inlinePlotlyJsPath: "/no/such/plotly.min.js"));
        Assert.Contains("npm ci", error.Message);
        Assert.Contains("/no/such/plotly.min.js", error.Message);
    }

    [Fact]
    public void SaveHtml_writes_the_page_and_creates_the_folder()
    {
        string path = Path.Combine(Directory.CreateTempSubdirectory("notebooknn-figure").FullName, "sub", "chart.html");
        var figure = Charts.SoftmaxBars([1.0]).WithTitle("Saved");
        figure.SaveHtml(path);
        Assert.Equal(figure.ToHtmlPage(), File.ReadAllText(path));
    }

    [Fact]
    public void ToString_is_a_one_line_summary()
    {
        var figure = Chart.Combine(Chart.Line([0.0], [0.0]), Chart.Line([0.0], [1.0]), Chart.Heatmap(new double[,] { { 1 } })).WithTitle("Loss");
        Assert.Equal("Figure \"Loss\" with 3 traces (scatter x2, heatmap)", figure.ToString());
        Assert.Equal("Figure with 1 trace (bar)", Charts.SoftmaxBars([1.0]).WithLayout("title", null).ToString());
        Assert.EndsWith(", 72 frames", Charts.NeuronSlider(Activation.Tanh).ToString());
    }

    [Fact]
    public void Frames_must_have_unique_names_and_valid_trace_indices()
    {
        var figure = Chart.Line([0.0], [0.0]);
        var duplicate = Assert.Throws<ArgumentException>(() => figure.AddFrames([new Frame("a", []), new Frame("a", [])]));
        Assert.Contains("'a'", duplicate.Message);
        var index = Assert.Throws<ArgumentException>(() => figure.AddFrames([new Frame("b", [Chart.LineTrace([0.0], [1.0])], [3])]));
        Assert.Contains("Frame 'b'", index.Message);
        var slider = Assert.Throws<ArgumentException>(() => figure.WithSlider("x", ["missing"]));
        Assert.Contains("'missing'", slider.Message);
    }

    [Fact]
    public void A_frame_can_carry_its_own_title_and_axis_ranges()
    {
        var frames = new[]
        {
            new Frame("near", [Chart.LineTrace([0.0], [1.0])], Title: "close up") { XRange = (-1, 1), YRange = (-2, 2) },
            new Frame("same", [Chart.LineTrace([0.0], [2.0])]),
        };
        var json = Chart.Line([0.0], [0.0]).AddFrames(frames).ToJson()["frames"]!.AsArray();
        Assert.Equal("close up", (string)json[0]!["layout"]!["title"]!["text"]!);
        Assert.Equal([-1.0, 1.0], json[0]!["layout"]!["xaxis"]!["range"]!.AsArray().Select(v => (double)v!));
        Assert.Equal([-2.0, 2.0], json[0]!["layout"]!["yaxis"]!["range"]!.AsArray().Select(v => (double)v!));
        Assert.Null(json[1]!["layout"]);
    }

    [Fact]
    public void Animation_adds_a_slider_step_per_frame_and_play_pause_buttons()
    {
        var frames = new[] { new Frame("1", [Chart.LineTrace([0.0], [1.0])]), new Frame("2", [Chart.LineTrace([0.0], [2.0])]) };
        var layout = Chart.Line([0.0], [0.0]).WithAnimation(frames, "epoch ").ToJson()["layout"]!;
        var steps = layout["sliders"]![0]!["steps"]!.AsArray();
        Assert.Equal(["1", "2"], steps.Select(s => (string)s!["args"]![0]![0]!));
        Assert.All(steps, s => Assert.Equal("animate", (string)s!["method"]!));
        Assert.Equal("epoch ", (string)layout["sliders"]![0]!["currentvalue"]!["prefix"]!);
        var buttons = layout["updatemenus"]![0]!["buttons"]!.AsArray();
        Assert.Equal(["▶ Play", "❚❚ Pause"], buttons.Select(b => (string)b!["label"]!));
    }

    [Fact]
    public void Shapes_and_annotations_are_added_in_data_coordinates()
    {
        var layout = Chart.Line([0.0, 1], [0.0, 1]).WithVerticalLine(0.5).WithRectangle(0, 0, 1, 1).WithAnnotation(0.2, 0.8, "here", showArrow: true).ToJson()["layout"]!;
        var shapes = layout["shapes"]!.AsArray();
        Assert.Equal(["line", "rect"], shapes.Select(s => (string)s!["type"]!));
        Assert.Equal("paper", (string)shapes[0]!["yref"]!);
        Assert.Equal("here", (string)layout["annotations"]![0]!["text"]!);
        Assert.True((bool)layout["annotations"]![0]!["showarrow"]!);
    }

    [Fact]
    public void WithCircle_outlines_the_circle_in_data_coordinates()
    {
        var shape = Chart.Line([0.0, 1], [0.0, 1]).WithCircle(0.6, 0, 1.3, "#E69F00").ToJson()["layout"]!["shapes"]![0]!;
        Assert.Equal("circle", (string)shape["type"]!);
        Assert.Equal([-0.7, -1.3, 1.9, 1.3], new[] { "x0", "y0", "x1", "y1" }.Select(k => (double)shape[k]!).Select(v => Math.Round(v, 12)));
        Assert.Equal(("x", "y", "#E69F00"), ((string)shape["xref"]!, (string)shape["yref"]!, (string)shape["line"]!["color"]!));
        Assert.Throws<ArgumentOutOfRangeException>(() => Chart.Line([0.0, 1], [0.0, 1]).WithCircle(0, 0, 0));
    }
}
