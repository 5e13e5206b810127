using TaskforceManager.App.Data;
using TaskforceManager.App.Features.Cases;
using TaskforceManager.Domain.Taskforces;

namespace TaskforceManager.Tests.Features.Cases;

/// <summary>Two people edit the same taskforce: the second save is a conflict, and the first one's change survives.</summary>
public sealed class ConcurrencyServiceTests : IAsyncLifetime
{
    private CaseWorld _world = null!;

    public async Task InitializeAsync() => _world = await CaseWorld.CreateAsync();

    public async Task DisposeAsync() => await _world.DisposeAsync();

    [Fact]
    public async Task TwoSessionsEditTheSameTaskforce_TheSecondGetsTheConflict_AndTheFirstsChangeSurvives()
    {
        var id = await _world.ProposedTaskforceAsync();
        var sofia = _world.ServicesFor(CaseWorld.Secretariat);
        var anna = _world.ServicesFor(CaseWorld.OtherSecretariat);
        var sofiasPage = await sofia.Taskforces.GetAsync(id);
        var annasPage = await anna.Taskforces.GetAsync(id);

        var sofiasEdit = TaskforceDetailsForm.From(sofiasPage.Details);
        sofiasEdit.Title = "InnoBasque STEAM strategy";
        await sofia.Taskforces.EditAsync(id, sofiasEdit, sofiasPage.Version);

        var annasEdit = TaskforceDetailsForm.From(annasPage.Details);
        annasEdit.Summary = "Anna's summary";
        var conflict = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => anna.Taskforces.EditAsync(id, annasEdit, annasPage.Version));

        Assert.Equal("Someone else changed this taskforce after you opened it, so your change was not saved. Reload to see their changes, then make yours again.",
            conflict.Message);
        var saved = await _world.ReadAsync<Taskforce>(id);
        Assert.Equal(("InnoBasque STEAM strategy", "Regional STEM strategy for the Basque Country."), (saved.Title, saved.Summary));

        // Re-applying on top of the version that won keeps both changes.
        var fresh = await anna.Taskforces.GetAsync(id);
        annasEdit.Title = fresh.Title;
        var merged = await anna.Taskforces.EditAsync(id, annasEdit, fresh.Version);
        Assert.Equal(("InnoBasque STEAM strategy", "Anna's summary"), (merged.Title, merged.Summary));
    }

    [Fact]
    public void TheComparison_ListsWhatTheyChanged_AndWhatYouChanged()
    {
        IReadOnlyList<FieldValue> opened = [new("Title", "InnoBasque"), new("Summary", "Old"), new("Host", "InnoBasque")];
        IReadOnlyList<FieldValue> theirs = [new("Title", "InnoBasque STEAM"), new("Summary", "Old"), new("Host", "InnoBasque")];
        IReadOnlyList<FieldValue> yours = [new("Title", "InnoBasque"), new("Summary", "New"), new("Host", "InnoBasque")];

        var rows = ConflictDiff.Compare(opened, theirs, yours);

        Assert.Equal(
            [new FieldConflict("Title", "InnoBasque", "InnoBasque STEAM", "InnoBasque", false), new FieldConflict("Summary", "Old", "Old", "New", true)],
            rows);
    }
}
