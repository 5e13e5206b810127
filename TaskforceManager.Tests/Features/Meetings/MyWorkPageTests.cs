using Bunit;
using TaskforceManager.App.Features.Experts.Pages;
using TaskforceManager.Domain.Access;
using TaskforceManager.Domain.Common;
using TaskforceManager.Domain.Experts;
using TaskforceManager.Tests.Features.Cases;

namespace TaskforceManager.Tests.Features.Meetings;

public sealed class MyWorkPageTests : IAsyncLifetime
{
    private CaseWorld _world = null!;

    public async Task InitializeAsync() => _world = await CaseWorld.CreateAsync();

    public async Task DisposeAsync() => await _world.DisposeAsync();

    private Viewer Member => Viewer.ForExpert("user-dk", "Lars Jensen", _world.MemberExpertId);

    private BunitContext Context(Viewer viewer) => _world.PageContext(viewer);

    [Fact]
    public async Task Accepting_MovesTheInvitationToMyCases_AndDeclining_KeepsTheReason()
    {
        var innoBasque = await _world.ProposedTaskforceAsync("InnoBasque");
        var lodz = await _world.ProposedTaskforceAsync("Łódź STEM hub");
        await _world.AssignAsync(CaseKind.Taskforce, innoBasque, _world.MemberExpertId, AssignmentRole.Member, accepted: false);
        var lodzAssignment = await _world.AssignAsync(CaseKind.Taskforce, lodz, _world.MemberExpertId, AssignmentRole.Member, accepted: false);
        await using var ctx = Context(Member);
        ctx.RenderProviders();
        var page = ctx.Render<MyWorkPage>();
        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-testid=invitation]").Count));

        var innoBasqueRow = page.FindAll("[data-testid=invitation]").Single(li => li.QuerySelector($"a[href='/taskforces/{innoBasque}']") is not null);
        await innoBasqueRow.QuerySelectorAll("button").Single(b => b.TextContent.Trim() == "Accept").ClickAsync(new());
        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=current-cases]").QuerySelector($"a[href='/taskforces/{innoBasque}']")));

        Assert.NotNull(page.Find("[data-testid=invitation]").QuerySelector($"a[href='/taskforces/{lodz}']"));
        page.Find("[data-testid=invitation] input").Change("No time before March.");
        await page.FindAll("[data-testid=invitation] button").Single(b => b.TextContent.Trim() == "Decline").ClickAsync(new());

        page.WaitForAssertion(() => Assert.Contains("No invitations waiting for an answer.", page.Markup));
        var declined = await _world.ReadAsync<ExpertAssignment>(lodzAssignment);
        Assert.Equal(AssignmentStatus.Declined, declined.Status);
        Assert.Equal("No time before March.", declined.DeclineReason);
        Assert.Null(page.Find("[data-testid=current-cases]").QuerySelector($"a[href='/taskforces/{lodz}']"));
    }
}
