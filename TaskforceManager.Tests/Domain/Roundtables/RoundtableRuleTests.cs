using TaskforceManager.Domain.Common;
using TaskforceManager.Domain.Roundtables;
using TaskforceManager.Tests.Support;

namespace TaskforceManager.Tests.Domain.Roundtables;

public class RoundtablePlanTests
{
    [Fact]
    public void Plan_Standalone_StartsPlanned_WithoutATaskforce()
    {
        var roundtable = Roundtable.Plan(RoundtableBuilder.Details(), null, null, TestData.Secretariat, TestData.Now);

        Assert.Equal(RoundtableStatus.Planned, roundtable.Status);
        Assert.Null(roundtable.TaskforceId);
        var entry = Recorded.Last(roundtable.History, TestData.Secretariat, TestData.Now, null, "Planned");
        Assert.Equal("Planned", entry.Action);
    }

    [Fact]
    public void Plan_European_HasNoCountry()
    {
        var details = RoundtableBuilder.Details() with { CountryCode = null };

        var roundtable = Roundtable.Plan(details, null, null, TestData.Secretariat, TestData.Now);

        Assert.Null(roundtable.CountryCode);
    }

    [Fact]
    public void Plan_WithoutTheme_IsRefused()
    {
        var details = RoundtableBuilder.Details() with { ThemeCode = "" };

        var refusal = Assert.Throws<DomainException>(() => Roundtable.Plan(details, null, null, TestData.Secretariat, TestData.Now));

        Assert.Equal("The theme is required.", refusal.Message);
    }
}

public class RoundtableRecordHeldTests
{
    [Fact]
    public void RecordHeld_Today_MarksItHeld_OnThatDate()
    {
        var roundtable = new RoundtableBuilder().Build();

        roundtable.RecordHeld(TestData.Today, TestData.Secretariat, TestData.Now);

        Assert.Equal(RoundtableStatus.Held, roundtable.Status);
        Assert.Equal(TestData.Today, roundtable.HeldOn);
        Recorded.Last(roundtable.History, TestData.Secretariat, TestData.Now, "Planned", "Held");
    }

    [Fact]
    public void RecordHeld_ForAPastDate_IsAllowed()
    {
        var roundtable = new RoundtableBuilder().Build();

        roundtable.RecordHeld(TestData.Today.AddDays(-40), TestData.Secretariat, TestData.Now);

        Assert.Equal(TestData.Today.AddDays(-40), roundtable.HeldOn);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(30)]
    public void RecordHeld_ForAFutureDate_IsRefused(int daysAhead)
    {
        var roundtable = new RoundtableBuilder().Build();

        var refusal = Refused.By(roundtable, () => roundtable.RecordHeld(TestData.Today.AddDays(daysAhead), TestData.Secretariat, TestData.Now));

        Assert.StartsWith("A roundtable cannot be recorded as held on ", refusal.Message);
        Assert.EndsWith("that date is in the future.", refusal.Message);
        Assert.Null(roundtable.HeldOn);
    }
}

public class RoundtableReportTests
{
    private static Roundtable HeldWithout(bool bottleneck, bool recommendation)
    {
        var roundtable = new RoundtableBuilder().InStatus(RoundtableStatus.Held).Build();
        if (bottleneck)
        {
            roundtable.AddBottleneck("Girls drop physics at 14.", TestData.Secretariat, TestData.Now);
        }

        if (recommendation)
        {
            roundtable.AddRecommendation("Role models in every school.", ["girls-in-stem"], 3, TestData.Secretariat, TestData.Now);
        }

        return roundtable;
    }

    [Fact]
    public void Report_WithABottleneckAndARecommendation_PublishesTheFindings()
    {
        var roundtable = HeldWithout(bottleneck: true, recommendation: true);

        roundtable.Report(TestData.Secretariat, TestData.Now);

        Assert.Equal(RoundtableStatus.Reported, roundtable.Status);
        Assert.Equal(TestData.Now, roundtable.ReportedAt);
        Assert.Equal([RoundtableAction.PublishReport], roundtable.PermittedActions);
        Recorded.Last(roundtable.History, TestData.Secretariat, TestData.Now, "Held", "Reported");
    }

    [Theory]
    [InlineData(false, false)]
    [InlineData(true, false)]
    [InlineData(false, true)]
    public void Report_WithoutABottleneckOrARecommendation_IsRefused(bool bottleneck, bool recommendation)
    {
        var roundtable = HeldWithout(bottleneck, recommendation);

        var refusal = Refused.By(roundtable, () => roundtable.Report(TestData.Secretariat, TestData.Now));

        Assert.Equal("A roundtable can only be reported with at least one bottleneck and one recommendation.", refusal.Message);
        Assert.Null(roundtable.ReportedAt);
    }

    [Fact]
    public void AddRecommendation_KeepsItsThemesAndBestPractice()
    {
        var roundtable = HeldWithout(bottleneck: false, recommendation: false);

        var recommendation = roundtable.AddRecommendation("Adopt Jet-Net.", ["school-industry", "School-Industry"], 3, TestData.Secretariat, TestData.Now);

        Assert.Equal(["school-industry"], recommendation.ThemeCodes);
        Assert.Equal(3, recommendation.BestPracticeId);
        Assert.Same(recommendation, Assert.Single(roundtable.Recommendations));
    }

    [Fact]
    public void AddBottleneck_Blank_IsRefused()
    {
        var roundtable = HeldWithout(bottleneck: false, recommendation: false);

        Refused.By(roundtable, () => roundtable.AddBottleneck(" ", TestData.Secretariat, TestData.Now));
    }
}

public class RoundtableCancelTests
{
    [Fact]
    public void Cancel_WhenPlanned_WithReason_KeepsWhy()
    {
        var roundtable = new RoundtableBuilder().Build();

        roundtable.Cancel("Not enough stakeholders.", TestData.Secretariat, TestData.Now);

        Assert.Equal(RoundtableStatus.Cancelled, roundtable.Status);
        Assert.Equal("Not enough stakeholders.", roundtable.CancellationReason);
        Recorded.Last(roundtable.History, TestData.Secretariat, TestData.Now, "Planned", "Cancelled", "Not enough stakeholders.");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void Cancel_WithoutReason_IsRefused(string? reason)
    {
        var roundtable = new RoundtableBuilder().Build();

        var refusal = Refused.By(roundtable, () => roundtable.Cancel(reason!, TestData.Secretariat, TestData.Now));

        Assert.Equal("A reason for cancelling is required.", refusal.Message);
    }

    [Theory]
    [InlineData(RoundtableStatus.Reported)]
    [InlineData(RoundtableStatus.Cancelled)]
    public void AssignOwner_WhenFinished_IsRefused(RoundtableStatus status)
    {
        var roundtable = new RoundtableBuilder().InStatus(status).Build();

        Refused.By(roundtable, () => roundtable.AssignOwner(TestData.Secretariat, TestData.Secretariat, TestData.Now));

        Assert.Null(roundtable.OwnerId);
    }
}

public class RoundtableParticipantTests
{
    [Fact]
    public void AddParticipant_RecordsTheStakeholderType_AndCountsPeoplePerType()
    {
        var roundtable = new RoundtableBuilder().Build();

        roundtable.AddParticipant("Confebask", StakeholderType.EmployerOrganisation, 3, TestData.Secretariat, TestData.Now);
        roundtable.AddParticipant("Adegi", StakeholderType.EmployerOrganisation, 2, TestData.Secretariat, TestData.Now);
        roundtable.AddParticipant("Basque Government", StakeholderType.Government, 1, TestData.Secretariat, TestData.Now);

        var byType = roundtable.PeopleByStakeholderType();
        Assert.Equal(5, byType[StakeholderType.EmployerOrganisation]);
        Assert.Equal(1, byType[StakeholderType.Government]);
        Assert.Equal(2, byType.Count);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-2)]
    public void AddParticipant_WithNobody_IsRefused(int people)
    {
        var roundtable = new RoundtableBuilder().Build();

        var refusal = Refused.By(roundtable, () => roundtable.AddParticipant("Confebask", StakeholderType.EmployerOrganisation, people, TestData.Secretariat, TestData.Now));

        Assert.Equal("A participating organisation must send at least one person.", refusal.Message);
    }

    [Fact]
    public void RemoveParticipant_TakesThemOff_AndIsRecorded()
    {
        var roundtable = new RoundtableBuilder().Build();
        var participant = roundtable.AddParticipant("Confebask", StakeholderType.EmployerOrganisation, 3, TestData.Secretariat, TestData.Now);

        roundtable.RemoveParticipant(participant.Id, TestData.Secretariat, TestData.Now);

        Assert.Empty(roundtable.Participants);
        Recorded.Last(roundtable.History, TestData.Secretariat, TestData.Now, null, null, "Confebask");
    }

    [Fact]
    public void RemoveParticipant_Unknown_IsRefused()
    {
        var roundtable = new RoundtableBuilder().Build();

        Refused.By(roundtable, () => roundtable.RemoveParticipant(Guid.NewGuid(), TestData.Secretariat, TestData.Now));
    }
}
