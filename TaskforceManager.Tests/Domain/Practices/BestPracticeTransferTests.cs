using TaskforceManager.Domain.Common;
using TaskforceManager.Tests.Support;

namespace TaskforceManager.Tests.Domain.Practices;

/// <summary>Recording that another country adopted a practice (e.g. Jet-Net NL → Denmark, 2012).</summary>
public class BestPracticeTransferTests
{
    [Fact]
    public void RecordTransfer_ToAnotherCountry_IsKept()
    {
        var jetNet = new BestPracticeBuilder().Build();

        var transfer = jetNet.RecordTransfer("dk", 2012, "Adopted as Jet-Net Denmark.");

        Assert.Equal("DK", transfer.ToCountryCode);
        Assert.Equal(2012, transfer.Year);
        Assert.Equal("Adopted as Jet-Net Denmark.", transfer.Note);
        Assert.True(jetNet.HasBeenTransferred);
        Assert.Same(transfer, Assert.Single(jetNet.Transfers));
    }

    [Fact]
    public void NewPractice_HasNotBeenTransferred()
    {
        Assert.False(new BestPracticeBuilder().Build().HasBeenTransferred);
    }

    [Theory]
    [InlineData("NL")]
    [InlineData("nl")]
    public void RecordTransfer_ToItsOwnCountry_IsRefused(string country)
    {
        var jetNet = new BestPracticeBuilder().Build();

        var refusal = Assert.Throws<DomainException>(() => jetNet.RecordTransfer(country, 2012, null));

        Assert.Equal("A programme cannot be transferred to the country it comes from.", refusal.Message);
        Assert.Empty(jetNet.Transfers);
    }

    [Fact]
    public void RecordTransfer_BeforeTheProgrammeStarted_IsRefused()
    {
        var jetNet = new BestPracticeBuilder().StartedIn(2002).Build();

        var refusal = Assert.Throws<DomainException>(() => jetNet.RecordTransfer("DK", 2001, null));

        Assert.Equal("The transfer year cannot be before the programme started (2002).", refusal.Message);
        Assert.Empty(jetNet.Transfers);
    }

    [Fact]
    public void RecordTransfer_InTheYearItStarted_IsAllowed()
    {
        var jetNet = new BestPracticeBuilder().StartedIn(2002).Build();

        jetNet.RecordTransfer("DK", 2002, null);

        Assert.Single(jetNet.Transfers);
    }

    [Fact]
    public void RecordTransfer_ToTheSameCountryTwice_IsRefused()
    {
        var jetNet = new BestPracticeBuilder().Build();
        jetNet.RecordTransfer("DK", 2012, null);

        var refusal = Assert.Throws<DomainException>(() => jetNet.RecordTransfer("dk", 2015, null));

        Assert.Equal("A transfer to DK is already recorded.", refusal.Message);
        Assert.Equal(2012, Assert.Single(jetNet.Transfers).Year);
    }

    [Fact]
    public void RecordTransfer_ToSeveralCountries_KeepsEach()
    {
        var jetNet = new BestPracticeBuilder().Build();

        jetNet.RecordTransfer("DK", 2012, null);
        jetNet.RecordTransfer("BE", 2016, null);

        Assert.Equal(["DK", "BE"], jetNet.Transfers.Select(t => t.ToCountryCode));
    }

    [Fact]
    public void RecordTransfer_OfAEuropeanPractice_CanGoToAnyCountry()
    {
        var european = new BestPracticeBuilder().Named("Scientix").FromCountry(null).StartedIn(null).Build();

        european.RecordTransfer("NL", 2010, null);

        Assert.Single(european.Transfers);
    }

    [Theory]
    [InlineData("")]
    [InlineData("DNK")]
    [InlineData("D1")]
    public void RecordTransfer_WithoutAValidCountryCode_IsRefused(string country)
    {
        var jetNet = new BestPracticeBuilder().Build();

        Assert.Throws<DomainException>(() => jetNet.RecordTransfer(country, 2012, null));
        Assert.Empty(jetNet.Transfers);
    }
}
