import json, sys, uuid, hashlib
def code(src, lang="csharp"):
    return {"cell_type":"code","execution_count":None,
            "id":"", "metadata":{"dotnet_interactive":{"language":lang},"polyglot_notebook":{"kernelName":lang},"vscode":{"languageId":"polyglot-notebook"}},
            "outputs":[],"source":lines(src)}
def md(src):
    return {"cell_type":"markdown","id":"","metadata":{},"source":lines(src)}
def lines(s):
    out=s.splitlines(keepends=True)
    return out
def nb(name, cells):
    for i,c in enumerate(cells):
        c["id"]=hashlib.sha1(f"{name}{i}".encode()).hexdigest()[:8]
    doc={"cells":cells,"metadata":{"kernelspec":{"display_name":".NET (C#)","language":"C#","name":".net-csharp"},
        "language_info":{"name":"csharp"},
        "polyglot_notebook":{"kernelInfo":{"defaultKernelName":"csharp","items":[{"aliases":[],"name":"csharp"}]}}},
        "nbformat":4,"nbformat_minor":5}
    with open(name,"w") as f:
        f.write(json.dumps(doc, indent=1, ensure_ascii=False)+"\n")

nb("good.ipynb", [
 md("# A good notebook\n\n## Objectives\n\nAfter this notebook you will be able to:\n\n- add two numbers\n- print a *greeting*\n- write $\\sigma(z) = \\frac{1}{1 + e^{-z}}$\n"),
 code("var x = 20;\nvar y = 22;\nConsole.WriteLine(\"before\");\ndisplay(\"shown\");\nConsole.WriteLine(\"after\");\nx + y"),
 md("The sum is $x + y$ where $a_1 * b_2$ stays math, and\n\n$$\ny = \\sum_i w_i x_i\n$$\n"),
 code("#!csharp\nConsole.Write(\"no newline\");\nvar doubled = x * 2;"),
 code("Console.Error.WriteLine(\"to stderr\");\nnew[] { 1, 2, 3 }"),
 code("await Task.Delay(10);\n$\"x is {x}\""),
])
nb("compile-error.ipynb", [
 code("var a = 1;"),
 code("var b = 2;\n\nConsole.WriteLine(notDefined);"),
 code("Console.WriteLine(\"after the error\");"),
])
nb("throws.ipynb", [
 code("int Divide(int p, int q) => p / q;"),
 code("Console.WriteLine(\"start\");\nthrow new InvalidOperationException(\"the cell failed on purpose\");"),
 code("Console.WriteLine(\"after the throw\");"),
])
nb("endless-loop.ipynb", [
 code("Console.WriteLine(\"looping\");\nwhile (true) { }"),
 code("Console.WriteLine(\"never\");"),
])
nb("other-language.ipynb", [
 code("let x = 1", "fsharp"),
 code("#!pwsh\nWrite-Host hi"),
 code("#!markdown\n# Markdown in a code cell"),
 code("Console.WriteLine(\"csharp ran\");"),
])
nb("unknown-magic.ipynb", [
 code("Console.WriteLine(\"ok\");"),
 code("var z = 1;\n#!time\nz"),
])
nb("nuget.ipynb", [
 code("#r \"nuget: MathNet.Numerics, 5.0.0\"\nusing MathNet.Numerics.LinearAlgebra;"),
 code("var m = Matrix<double>.Build.DenseOfArray(new double[,] { { 2, 1 }, { 1, 3 } });\nm.Determinant()"),
])
nb("library.ipynb", [
 md("# Using the built library\n"),
 code("#r \"nuget: MathNet.Numerics, 5.0.0\"\n#r \"../../../src/NotebookNN/bin/Release/net10.0/NotebookNN.dll\"\nusing NotebookNN;"),
 code("Activation.Sigmoid.Apply(0.0)"),
])
nb("figure.ipynb", [
 md("# A figure\n\nShown through the formatter convention, with math: $e^{i\\pi} + 1 = 0$.\n"),
 code('''using System.IO;

[AttributeUsage(AttributeTargets.Class)]
public class TypeFormatterSourceAttribute : Attribute
{
    public TypeFormatterSourceAttribute(Type formatterSourceType) => FormatterSourceType = formatterSourceType;
    public Type FormatterSourceType { get; }
    public string[] PreferredMimeTypes { get; set; } = ["text/html"];
}

public class ChartFormatterSource
{
    public IEnumerable<object> CreateTypeFormatters() => [new ChartHtml(), new ChartText()];
}

public class ChartHtml
{
    public string MimeType => "text/html";
    public Type Type => typeof(Chart);
    public bool Format(object instance, TextWriter writer)
    {
        var chart = (Chart)instance;
        var id = "chart-" + chart.Name;
        // The loader Plotly.NET.Interactive uses: require.js pointed at the CDN, else a script tag.
        writer.Write($$"""
<div id="{{id}}" class="chart"></div>
<script type="text/javascript">
var render_{{chart.Name}} = function() {
  var plotlyRequire = requirejs.config({context:'plotly',paths:{plotly:'https://cdn.plot.ly/plotly-2.35.2.min'} }) || require;
  plotlyRequire(['plotly'], function(Plotly) {
    Plotly.newPlot('{{id}}', [{ x: [1, 2, 3], y: [{{string.Join(", ", chart.Values)}}], type: 'scatter', name: '{{chart.Name}}' }], { title: '{{chart.Name}}' });
  });
};
if ((typeof(requirejs) !== typeof(Function)) || (typeof(requirejs.config) !== typeof(Function))) {
  var script = document.createElement("script");
  script.setAttribute("src", "https://cdnjs.cloudflare.com/ajax/libs/require.js/2.3.6/require.min.js");
  script.onload = function() { render_{{chart.Name}}(); };
  document.getElementsByTagName("head")[0].appendChild(script);
} else { render_{{chart.Name}}(); }
</script>
""");
        return true;
    }
}

public class ChartText
{
    public string MimeType => "text/plain";
    public bool Format(object instance, TextWriter writer)
    {
        writer.Write($"Chart {((Chart)instance).Name}");
        return true;
    }
}

[TypeFormatterSource(typeof(ChartFormatterSource))]
public record Chart(string Name, double[] Values);'''),
 code("Console.WriteLine(\"a chart follows\");\ndisplay(new Chart(\"squares\", [1, 4, 9]));\nnew Chart(\"cubes\", [1, 8, 27])"),
])
