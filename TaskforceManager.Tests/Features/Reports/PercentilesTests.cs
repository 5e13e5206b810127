using TaskforceManager.App.Features.Reports;

namespace TaskforceManager.Tests.Features.Reports;

/// <summary>Linear interpolation between closest ranks (Excel's PERCENTILE.INC), checked on sets worked out by hand.</summary>
public sealed class PercentilesTests
{
    [Fact]
    public void Median_of_an_odd_count_is_the_middle_value_and_the_90th_percentile_interpolates()
    {
        // Sorted 1, 2, 3, 7, 10 (n = 5). Median: rank (5 − 1) × 0.5 = 2 → 3.
        // 90th: rank 4 × 0.9 = 3.6 → 7 + 0.6 × (10 − 7) = 8.8.
        double[] days = [7, 1, 10, 3, 2];

        Assert.Equal(3, Percentiles.Median(days));
        Assert.Equal(8.8, Percentiles.Of(days, 0.9)!.Value, 10);
    }

    [Fact]
    public void Median_of_an_even_count_is_the_mean_of_the_two_middle_values()
    {
        // 1, 2, 3, 4: median rank 1.5 → 2.5; 90th rank 2.7 → 3 + 0.7 × 1 = 3.7.
        double[] days = [4, 3, 2, 1];

        Assert.Equal(2.5, Percentiles.Median(days));
        Assert.Equal(3.7, Percentiles.Of(days, 0.9)!.Value, 10);
    }

    [Fact]
    public void Two_values_give_the_midpoint_and_nine_tenths_of_the_way()
    {
        // 10, 20: median 15; 90th rank 0.9 → 10 + 0.9 × 10 = 19.
        Assert.Equal(15, Percentiles.Median([20, 10]));
        Assert.Equal(19, Percentiles.Of([20, 10], 0.9)!.Value, 10);
    }

    [Fact]
    public void Ends_of_the_range_are_the_smallest_and_largest_values()
    {
        double[] days = [15, 20, 35, 40, 50];

        Assert.Equal(15, Percentiles.Of(days, 0));
        Assert.Equal(50, Percentiles.Of(days, 1));
        Assert.Equal(29, Percentiles.Of(days, 0.4)!.Value, 10); // rank 1.6 → 20 + 0.6 × 15
    }

    [Fact]
    public void One_value_is_every_percentile_and_none_gives_nothing()
    {
        Assert.Equal(4.5, Percentiles.Of([4.5], 0.9));
        Assert.Null(Percentiles.Median([]));
    }

    [Fact]
    public void A_percentile_outside_zero_to_one_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Percentiles.Of([1, 2], 90));
    }
}
