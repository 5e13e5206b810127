using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using TaskforceManager.App.Data;
using TaskforceManager.App.Features.Common;
using TaskforceManager.App.Features.Experts.Pages;
using TaskforceManager.App.Features.ReferenceData;
using TaskforceManager.App.Infrastructure;
using TaskforceManager.App.Infrastructure.Access;
using TaskforceManager.Domain.Access;
using TaskforceManager.Domain.Common;
using TaskforceManager.Domain.Experts;
using TaskforceManager.Tests.Features.Cases;
using TaskforceManager.Tests.Support;

namespace TaskforceManager.Tests.Features.Matching;

/// <summary>The expert pages as a user reads them: the list follows the URL's filters; contact data shows only to the secretariat and the expert.</summary>
public sealed class ExpertPagesTests : IAsyncLifetime
{
    private CaseWorld _world = null!;

    public async Task InitializeAsync()
    {
        _world = await CaseWorld.CreateAsync();
        await SuggestionWorld.AddExpertiseAndPracticesAsync(_world);
    }

    public async Task DisposeAsync() => await _world.DisposeAsync();

    private BunitContext ContextFor(Viewer viewer) => ComponentTestContext.Create(s =>
    {
        var user = new FixedUser(viewer);
        var factory = new AppDbContextFactory(_world.Database.Options, user, _world.Database.Clock);
        var access = new AccessPolicy(user, factory, _world.Database.Clock, NullLogger<AccessPolicy>.Instance);
        s.AddSingleton(MatchingServices.DirectoryFor(_world.Database, viewer));
        s.AddSingleton(new ReferenceDataService(factory, access));
        s.AddScoped<UserFeedback>();
        s.AddSingleton<TimeProvider>(_world.Database.Clock);
    }, viewer);

    [Fact]
    public async Task TheList_ShowsOnlyTheExpertsOfTheCountryInTheUrl()
    {
        await using var ctx = ContextFor(CaseWorld.Secretariat);
        ctx.Services.GetRequiredService<NavigationManager>().NavigateTo("/experts?country=DK");

        var page = ctx.Render<ExpertsList>();

        page.WaitForAssertion(() => Assert.Equal(["Eva Berg", "Lars Jensen"], page.FindAll("[data-testid=expert-link]").Select(a => a.TextContent.Trim())));
    }

    [Fact]
    public async Task ATeammate_SeesTheProfileWithoutContactData_TheSecretariatSeesIt()
    {
        var id = await _world.ProposedTaskforceAsync();
        await _world.AssignAsync(CaseKind.Taskforce, id, _world.LeadExpertId, AssignmentRole.Lead, accepted: true);
        await _world.AssignAsync(CaseKind.Taskforce, id, _world.MemberExpertId, AssignmentRole.Member, accepted: true);

        await using (var teammate = ContextFor(Viewer.ForExpert("user-anna", "Anna de Vries", _world.LeadExpertId)))
        {
            var page = teammate.Render<ExpertPage>(p => p.Add(x => x.Id, _world.MemberExpertId));
            page.WaitForElement("[data-testid=expert-name]");
            Assert.Equal("Astra", page.Find("[data-testid=expert-organisation]").TextContent.Trim());
            Assert.Contains("STEM strategy — working level", page.Find("[data-testid=expert-themes]").TextContent);
            Assert.Empty(page.FindAll("[data-testid=expert-private]"));
            Assert.DoesNotContain("lars@example.org", page.Markup);
        }

        await using var secretariat = ContextFor(CaseWorld.Secretariat);
        var full = secretariat.Render<ExpertPage>(p => p.Add(x => x.Id, _world.MemberExpertId));
        full.WaitForElement("[data-testid=expert-private]");
        Assert.Equal("lars@example.org", full.Find("[data-testid=expert-email]").TextContent.Trim());
        Assert.Single(full.FindAll("[data-testid=expert-assignment]"));
    }
}
