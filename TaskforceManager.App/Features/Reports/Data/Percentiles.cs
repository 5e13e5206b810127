namespace TaskforceManager.App.Features.Reports;

/// <summary>
/// Percentiles of a list of durations by linear interpolation between closest ranks — the method of Excel's
/// PERCENTILE.INC and numpy's default (Hyndman and Fan's type 7): sorted x₀…xₙ₋₁, rank h = (n − 1)·p, result
/// x⌊h⌋ + (h − ⌊h⌋)·(x⌊h⌋₊₁ − x⌊h⌋). Chosen so that the secretariat gets the same figures when they check the .xlsx in
/// Excel, and so that the median of an even count is the mean of the two middle values, as people expect.
/// </summary>
public static class Percentiles
{
    /// <param name="p">Between 0 and 1 (0.5 for the median, 0.9 for the 90th percentile).</param>
    /// <returns>Null for an empty list.</returns>
    public static double? Of(IEnumerable<double> values, double p)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(p, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(p, 1);
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0)
        {
            return null;
        }

        var h = (sorted.Length - 1) * p;
        var lower = (int)Math.Floor(h);
        var upper = Math.Min(lower + 1, sorted.Length - 1);
        return sorted[lower] + ((h - lower) * (sorted[upper] - sorted[lower]));
    }

    public static double? Median(IEnumerable<double> values) => Of(values, 0.5);
}
