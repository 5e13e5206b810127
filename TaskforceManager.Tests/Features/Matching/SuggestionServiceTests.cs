using Microsoft.EntityFrameworkCore;
using TaskforceManager.App.Features.Matching;
using TaskforceManager.App.Infrastructure.Access;
using TaskforceManager.Domain.Common;
using TaskforceManager.Domain.Experts;
using TaskforceManager.Tests.Features.Cases;
using TaskforceManager.Tests.Features.Reports;

namespace TaskforceManager.Tests.Features.Matching;

/// <summary>Suggestions on real SQLite: ranked with reasons, conflicts listed as excluded, team members left out, only for the secretariat.</summary>
public sealed class SuggestionServiceTests : IAsyncLifetime
{
    private CaseWorld _world = null!;

    public async Task InitializeAsync()
    {
        _world = await CaseWorld.CreateAsync();
        await SuggestionWorld.AddExpertiseAndPracticesAsync(_world);
    }

    public async Task DisposeAsync() => await _world.DisposeAsync();

    private SuggestionService Secretariat => MatchingServices.SuggestionsFor(_world.Database, CaseWorld.Secretariat);

    [Fact]
    public async Task ForATaskforce_RanksTheLeadingExpertFirst_AndTheOneOverTheCapLast_WithReasons()
    {
        var id = await _world.ProposedTaskforceAsync();

        var result = await Secretariat.ForAsync(SuggestionFor.Case(CaseKind.Taskforce, id));

        Assert.Equal(["Anna de Vries", "Lars Jensen", "Eva Berg"], result.Experts.Select(s => s.Expert.Name));
        var anna = result.Experts[0].Suggestion;
        Assert.Contains(anna.Reasons, r => r.Text == "Shares the theme STEM strategy (leading level)" && r.Points > 0);
        Assert.Contains(anna.Reasons, r => r.Text == "Brings the industry sector, not yet on the team");
        var eva = result.Experts[2];
        Assert.Contains(eva.Suggestion.Reasons, r => r.IsAgainst && r.Text.StartsWith("Over the workload cap: 3 active assignments", StringComparison.Ordinal));
        Assert.Equal(3, eva.Expert.ActiveAssignments);
        Assert.True(result.CanInvite);
    }

    [Fact]
    public async Task AnExpertWithAConflict_IsListedAsExcluded_WithTheReason()
    {
        var id = await _world.ProposedTaskforceAsync();

        var result = await Secretariat.ForAsync(SuggestionFor.Case(CaseKind.Taskforce, id));

        Assert.DoesNotContain(result.Experts, s => s.Expert.Name == "Jon Garcia");
        var jon = Assert.Single(result.Excluded, s => s.Expert.Name == "Jon Garcia");
        Assert.Equal("Declared a conflict of interest with ES; can only be invited with an override reason", jon.Suggestion.ExcludedBecause);
        var piet = Assert.Single(result.Excluded, s => s.Expert.Name == "Piet Smit");
        Assert.Equal("Former Partner is not a current member or partner of the coalition", piet.Suggestion.ExcludedBecause);
    }

    [Fact]
    public async Task ExpertsOnTheTeam_AreNotSuggested_AndTheirSectorNoLongerCountsAsNew()
    {
        var id = await _world.ProposedTaskforceAsync();
        await _world.AssignAsync(CaseKind.Taskforce, id, _world.MemberExpertId, AssignmentRole.Member, accepted: true);

        var result = await Secretariat.ForAsync(SuggestionFor.Case(CaseKind.Taskforce, id));

        Assert.DoesNotContain(result.Experts, s => s.Expert.ExpertId == _world.MemberExpertId);
        var eva = Assert.Single(result.Experts, s => s.Expert.Name == "Eva Berg");
        Assert.DoesNotContain(eva.Suggestion.Reasons, r => r.Text.StartsWith("Brings the", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnUnavailablePeriodInTheCasesTime_CountsAgainst()
    {
        var id = await _world.ProposedTaskforceAsync();
        await using (var db = _world.Database.CreateContext())
        {
            var expert = await db.Experts.SingleAsync(e => e.Id == _world.MemberExpertId);
            expert.AddUnavailablePeriod(new DateOnly(2026, 12, 1), new DateOnly(2027, 1, 31), "Sabbatical");
            await db.SaveChangesAsync();
        }

        var result = await Secretariat.ForAsync(SuggestionFor.Case(CaseKind.Taskforce, id));

        var lars = Assert.Single(result.Experts, s => s.Expert.ExpertId == _world.MemberExpertId);
        Assert.Contains(lars.Suggestion.Reasons, r => r.IsAgainst && r.Text == "Unavailable from 1 December 2026 to 31 January 2027");
    }

    [Fact]
    public async Task ExperienceInASimilarPastCase_Counts()
    {
        var earlier = await _world.ProposedTaskforceAsync("Earlier strategy taskforce");
        await _world.AssignAsync(CaseKind.Taskforce, earlier, _world.MemberExpertId, AssignmentRole.Member, accepted: true);
        var id = await _world.ProposedTaskforceAsync();

        var result = await Secretariat.ForAsync(SuggestionFor.Case(CaseKind.Taskforce, id));

        var lars = Assert.Single(result.Experts, s => s.Expert.ExpertId == _world.MemberExpertId);
        Assert.Contains(lars.Suggestion.Reasons, r => r.Text == "Experience in 1 similar case" && r.Points > 0);
    }

    [Fact]
    public async Task BestPractices_ShareATheme_AndSayWhereTheyWereTransferred()
    {
        var id = await _world.ProposedTaskforceAsync();

        var result = await Secretariat.ForAsync(SuggestionFor.Case(CaseKind.Taskforce, id));

        var practice = Assert.Single(result.Practices);
        Assert.Equal("Jet-Net", practice.Practice.Name);
        Assert.Contains(practice.Reasons, r => r.Text == "Proven transfer to another country (DK 2012)");
        Assert.Contains(practice.Reasons, r => r.Text == "Theme STEM strategy matches");
    }

    [Fact]
    public async Task ForASupportRequest_SuggestsExperts_ButOffersNoInvitation()
    {
        var (requestId, _) = await _world.AcceptedBriefingAsync();

        var result = await Secretariat.ForAsync(SuggestionFor.Request(requestId));

        Assert.Equal("Anna de Vries", result.Experts[0].Expert.Name);
        Assert.False(result.CanInvite);
    }

    [Fact]
    public async Task ForABriefingAndARoundtable_SuggestionsAreGiven()
    {
        var (_, briefingId) = await _world.AcceptedBriefingAsync();
        var (_, roundtableId) = await _world.PlannedRoundtableAsync();

        var briefing = await Secretariat.ForAsync(SuggestionFor.Case(CaseKind.PolicyBriefing, briefingId));
        var roundtable = await Secretariat.ForAsync(SuggestionFor.Case(CaseKind.Roundtable, roundtableId));

        Assert.Equal("Anna de Vries", briefing.Experts[0].Expert.Name);
        // The roundtable is on girls in STEM, which none of the experts works on; its taskforce's lead is not on the roundtable.
        Assert.All(roundtable.Experts, s => Assert.DoesNotContain(s.Suggestion.Reasons, r => r.Text.StartsWith("Shares the theme", StringComparison.Ordinal)));
        Assert.Equal("Girls' Day", Assert.Single(roundtable.Practices).Practice.Name);
    }

    [Fact]
    public async Task AContact_IsRefused_AndTheRefusalIsAudited()
    {
        var id = await _world.ProposedTaskforceAsync();
        var contact = MatchingServices.SuggestionsFor(_world.Database, _world.BasqueContact);

        var refused = await Assert.ThrowsAsync<ActionNotAllowedException>(() => contact.ForAsync(SuggestionFor.Case(CaseKind.Taskforce, id)));

        Assert.Equal("Only the secretariat sees suggestions for a case.", refused.Message);
        Assert.Single(await ReportServices.RefusalsAsync(_world.Database, $"Taskforce/{id}"));
    }

    [Fact]
    public async Task ACaseThatDoesNotExist_IsNotFound()
    {
        await Assert.ThrowsAsync<RecordNotFoundException>(() => Secretariat.ForAsync(SuggestionFor.Case(CaseKind.Taskforce, 999)));
    }
}
