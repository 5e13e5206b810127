using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Components;

namespace TaskforceManager.App.Features.Common;

/// <summary>One series of a <see cref="SvgBarChart"/>: its name in the legend and one value per label.</summary>
public sealed record BarSeries(string Name, IReadOnlyList<double> Values);

/// <summary>How a <see cref="SvgBarChart"/> is drawn.</summary>
public sealed record BarChartLayout(
    bool Stacked = false,
    string? YAxisTitle = null,
    int LabelRotation = 0,
    bool ShowValues = false,
    bool ShowLegend = true,
    int Width = 560,
    int Height = 320);

/// <summary>
/// A bar chart drawn once on the server as a single SVG string: axes, grid, bars (side by side or stacked), values and a
/// legend. A chart component would keep a component per axis, bar group and legend entry in every open page; this keeps
/// one string. It is a picture only: the page gives the same figures as text beside it and hides the drawing from
/// screen readers.
/// </summary>
public static class SvgBarChart
{
    /// <summary>Colours for the series in turn, each at least 3:1 against white (WCAG 1.4.11).</summary>
    public static readonly IReadOnlyList<string> Colours = ["#003399", "#2e7d32", "#b45309", "#b91c1c", "#6b21a8", "#0e7490", "#4b5563"];

    private const double MinLeft = 64, Top = 16, Right = 12, LegendRow = 22, FontSize = 13;

    /// <summary>Longer axis labels are cut with an ellipsis (the figures beside the chart name them in full).</summary>
    public const int LabelMaxLength = 22;

    public static MarkupString Render(IReadOnlyList<string> labels, IReadOnlyList<BarSeries> series, BarChartLayout layout)
    {
        if (series.Any(s => s.Values.Count != labels.Count))
        {
            throw new ArgumentException("Every series needs one value per label.", nameof(series));
        }

        var max = labels.Count == 0 ? 0 : Enumerable.Range(0, labels.Count)
            .Max(i => layout.Stacked ? series.Sum(s => Math.Max(0, s.Values[i])) : series.Select(s => s.Values[i]).DefaultIfEmpty(0).Max());
        var step = NiceStep(max);
        var top = Math.Max(step, Math.Ceiling(max / step) * step);

        var rotated = layout.LabelRotation != 0;
        var shown = labels.Select(Shorten).ToList();
        var longest = shown.Select(l => l.Length).DefaultIfEmpty(0).Max() * FontSize * 0.55;
        var angle = Math.Abs(layout.LabelRotation) * Math.PI / 180;
        var labelDepth = rotated ? 8 + longest * Math.Sin(angle) : 24;

        // A label turned to the left reaches back past its bar: the first one must still fit.
        var left = MinLeft;
        if (rotated && labels.Count > 0)
        {
            left = Math.Max(MinLeft, longest * Math.Cos(angle) - (layout.Width - MinLeft - Right) / labels.Count / 2 + 4);
        }

        var legendRows = layout.ShowLegend ? LegendRows(series, layout.Width) : 0;
        var bottom = labelDepth + 8 + legendRows * LegendRow;
        var plotWidth = layout.Width - left - Right;
        var plotHeight = layout.Height - Top - bottom;
        double Y(double value) => Top + plotHeight - value / top * plotHeight;

        var svg = new StringBuilder(4096);
        svg.Append(CultureInfo.InvariantCulture,
            $"<svg class=\"bar-chart\" viewBox=\"0 0 {layout.Width} {layout.Height}\" width=\"100%\" role=\"presentation\" focusable=\"false\" font-size=\"{FontSize}\" fill=\"currentColor\">");

        // Grid lines and the y axis's values.
        for (var v = 0d; v <= top + step / 2; v += step)
        {
            var y = Y(v);
            svg.Append(CultureInfo.InvariantCulture,
                $"<line x1=\"{left:0.#}\" x2=\"{layout.Width - Right:0.#}\" y1=\"{y:0.#}\" y2=\"{y:0.#}\" stroke=\"#d1d5db\" stroke-width=\"1\"/>" +
                $"<text x=\"{left - 6:0.#}\" y=\"{y + 4:0.#}\" text-anchor=\"end\">{Number(v)}</text>");
        }

        if (layout.YAxisTitle is { } title)
        {
            var middle = Top + plotHeight / 2;
            svg.Append(CultureInfo.InvariantCulture,
                $"<text x=\"14\" y=\"{middle:0.#}\" text-anchor=\"middle\" transform=\"rotate(-90 14 {middle:0.#})\">{Encode(title)}</text>");
        }

        // Bars: one band per label, the series side by side in it or stacked.
        var band = labels.Count == 0 ? plotWidth : plotWidth / labels.Count;
        var groupWidth = band * 0.7;
        var barWidth = layout.Stacked || series.Count == 0 ? groupWidth : groupWidth / series.Count;
        for (var i = 0; i < labels.Count; i++)
        {
            var x0 = left + band * i + (band - groupWidth) / 2;
            var stack = 0d;
            for (var s = 0; s < series.Count; s++)
            {
                var value = Math.Max(0, series[s].Values[i]);
                var x = layout.Stacked ? x0 : x0 + barWidth * s;
                var from = layout.Stacked ? stack : 0;
                var y = Y(from + value);
                var h = Y(from) - y;
                if (h > 0)
                {
                    svg.Append(CultureInfo.InvariantCulture,
                        $"<rect x=\"{x:0.#}\" y=\"{y:0.#}\" width=\"{barWidth:0.#}\" height=\"{h:0.#}\" fill=\"{Colours[s % Colours.Count]}\">" +
                        $"<title>{Encode(labels[i])}, {Encode(series[s].Name)}: {Number(value)}</title></rect>");
                }

                if (layout.ShowValues && !layout.Stacked)
                {
                    svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x + barWidth / 2:0.#}\" y=\"{y - 4:0.#}\" text-anchor=\"middle\">{Number(value)}</text>");
                }

                stack += value;
            }

            var cx = left + band * i + band / 2;
            var ly = Top + plotHeight + 16;
            if (rotated)
            {
                svg.Append(CultureInfo.InvariantCulture,
                    $"<text x=\"{cx:0.#}\" y=\"{ly:0.#}\" text-anchor=\"end\" transform=\"rotate(-{Math.Abs(layout.LabelRotation)} {cx:0.#} {ly:0.#})\">{Encode(shown[i])}</text>");
            }
            else
            {
                svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{cx:0.#}\" y=\"{ly:0.#}\" text-anchor=\"middle\">{Encode(shown[i])}</text>");
            }
        }

        svg.Append(CultureInfo.InvariantCulture,
            $"<line x1=\"{left:0.#}\" x2=\"{layout.Width - Right:0.#}\" y1=\"{Y(0):0.#}\" y2=\"{Y(0):0.#}\" stroke=\"#6b7280\" stroke-width=\"1\"/>");

        if (layout.ShowLegend)
        {
            var lx = MinLeft;
            var row = 0;
            for (var s = 0; s < series.Count; s++)
            {
                var width = LegendWidth(series[s].Name);
                if (lx + width > layout.Width - Right && lx > MinLeft)
                {
                    lx = MinLeft;
                    row++;
                }

                var ly = layout.Height - (legendRows - row) * LegendRow + 6;
                svg.Append(CultureInfo.InvariantCulture,
                    $"<rect x=\"{lx:0.#}\" y=\"{ly:0.#}\" width=\"12\" height=\"12\" fill=\"{Colours[s % Colours.Count]}\"/>" +
                    $"<text x=\"{lx + 16:0.#}\" y=\"{ly + 10:0.#}\">{Encode(series[s].Name)}</text>");
                lx += width;
            }
        }

        svg.Append("</svg>");
        return new MarkupString(svg.ToString());
    }

    /// <summary>A step of 1, 2 or 5 times a power of ten that gives about five grid lines up to the largest value.</summary>
    public static double NiceStep(double max)
    {
        var rough = Math.Max(1, max / 5);
        var power = Math.Pow(10, Math.Floor(Math.Log10(rough)));
        return new[] { 1d, 2, 5, 10 }.Select(f => f * power).First(s => s >= rough);
    }

    private static int LegendRows(IReadOnlyList<BarSeries> series, int width)
    {
        var rows = series.Count == 0 ? 0 : 1;
        var x = MinLeft;
        foreach (var s in series)
        {
            var w = LegendWidth(s.Name);
            if (x + w > width - Right && x > MinLeft)
            {
                rows++;
                x = MinLeft;
            }

            x += w;
        }

        return rows;
    }

    private static string Shorten(string label) => label.Length <= LabelMaxLength ? label : label[..(LabelMaxLength - 1)].TrimEnd() + "…";

    private static double LegendWidth(string name) => 16 + name.Length * FontSize * 0.6 + 16;

    private static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
