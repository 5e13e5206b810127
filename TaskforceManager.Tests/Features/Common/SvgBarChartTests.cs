using System.Globalization;
using System.Xml.Linq;
using TaskforceManager.App.Features.Common;

namespace TaskforceManager.Tests.Features.Common;

/// <summary>The server-drawn bar chart: well-formed SVG whose bars are as tall as their values, with text escaped.</summary>
public sealed class SvgBarChartTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static XElement Draw(IReadOnlyList<string> labels, IReadOnlyList<BarSeries> series, BarChartLayout layout) =>
        // Parsed as XML: a stray "<" or "&" in a label would make this throw.
        XElement.Parse(SvgBarChart.Render(labels, series, layout).Value.Replace("<svg ", "<svg xmlns=\"http://www.w3.org/2000/svg\" ", StringComparison.Ordinal));

    private static double Num(XElement e, string attribute) => double.Parse(e.Attribute(attribute)!.Value, CultureInfo.InvariantCulture);

    [Fact]
    public void SideBySideBars_AreAsTallAsTheirValues()
    {
        var chart = Draw(["2025", "2026"], [new BarSeries("Active", [2, 4]), new BarSeries("Concluded", [1, 0])], new BarChartLayout());

        var bars = chart.Elements(Svg + "rect").Where(r => r.Element(Svg + "title") is not null).ToList();
        Assert.Equal(["2025, Active: 2", "2025, Concluded: 1", "2026, Active: 4"], bars.Select(b => b.Element(Svg + "title")!.Value));
        var unit = Num(bars[1], "height");
        Assert.Equal(2 * unit, Num(bars[0], "height"), 0.2);
        Assert.Equal(4 * unit, Num(bars[2], "height"), 0.2);
        Assert.True(Num(bars[1], "x") > Num(bars[0], "x"), "the second series stands beside the first");
    }

    [Fact]
    public void StackedBars_SitOnEachOther()
    {
        var chart = Draw(["Q1"], [new BarSeries("Proposed", [3]), new BarSeries("Active", [5])], new BarChartLayout(Stacked: true));

        var bars = chart.Elements(Svg + "rect").Where(r => r.Element(Svg + "title") is not null).ToList();
        Assert.Equal(2, bars.Count);
        Assert.Equal(Num(bars[0], "x"), Num(bars[1], "x"));
        Assert.Equal(Num(bars[0], "y"), Num(bars[1], "y") + Num(bars[1], "height"), 0.2);
        Assert.Equal(5d / 3, Num(bars[1], "height") / Num(bars[0], "height"), 2);
    }

    [Fact]
    public void Text_IsEscaped_AndTheLegendNamesEachSeries()
    {
        var chart = Draw(["R&D <labs>"], [new BarSeries("\"Quoted\" & more", [7])], new BarChartLayout(YAxisTitle: "Requests", ShowValues: true));

        var texts = chart.Elements(Svg + "text").Select(t => t.Value).ToList();
        Assert.Contains("R&D <labs>", texts);
        Assert.Contains("\"Quoted\" & more", texts);
        Assert.Contains("Requests", texts);
        Assert.Contains("7", texts);
    }

    [Fact]
    public void NoLegend_WhenAskedForNone_AndRotatedLabelsSayHowFar()
    {
        var chart = Draw(["Teacher shortage", "Girls in STEM"], [new BarSeries("Requests", [10, 3])],
            new BarChartLayout(LabelRotation: 40, ShowLegend: false));

        Assert.DoesNotContain(chart.Elements(Svg + "text"), t => t.Value == "Requests");
        Assert.Equal(2, chart.Elements(Svg + "text").Count(t => t.Attribute("transform")?.Value.StartsWith("rotate(-40 ", StringComparison.Ordinal) == true));
    }

    [Fact]
    public void LongLabels_AreCutWithAnEllipsis_AndTheFirstTurnedLabelStaysInside()
    {
        const string name = "Regional and national STEM strategy";
        var chart = Draw([name, "Careers"], [new BarSeries("Requests", [3, 1])], new BarChartLayout(LabelRotation: 40, ShowLegend: false));

        var first = chart.Elements(Svg + "text").First(t => t.Attribute("transform")?.Value.StartsWith("rotate(", StringComparison.Ordinal) == true);
        Assert.Equal(SvgBarChart.LabelMaxLength, first.Value.Length);
        Assert.EndsWith("…", first.Value, StringComparison.Ordinal);
        Assert.StartsWith(name[..10], first.Value, StringComparison.Ordinal);
        // Turned 40° about its end, the label reaches back about its length × cos 40° (13px type, ~0.55em a character).
        var reach = first.Value.Length * 13 * 0.55 * Math.Cos(40 * Math.PI / 180);
        Assert.True(Num(first, "x") - reach >= 0, $"the label starts at {Num(first, "x") - reach:0.#}, outside the drawing");
        Assert.Contains(chart.Descendants(Svg + "title"), t => t.Value.StartsWith(name, StringComparison.Ordinal));
    }

    [Fact]
    public void ASeriesWithTheWrongNumberOfValues_IsRefused()
    {
        Assert.Throws<ArgumentException>(() => SvgBarChart.Render(["a", "b"], [new BarSeries("x", [1])], new BarChartLayout()));
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(4, 1)]
    [InlineData(12, 5)]
    [InlineData(48, 10)]
    [InlineData(4800, 1000)]
    public void GridSteps_AreOneTwoOrFiveTimesAPowerOfTen(double max, double step)
    {
        Assert.Equal(step, SvgBarChart.NiceStep(max));
    }
}
