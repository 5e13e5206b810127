using Microsoft.AspNetCore.Components;
using MudBlazor;
using TaskforceManager.App.Features.Common;
using TaskforceManager.App.Infrastructure.Access;

namespace TaskforceManager.App.Features.Cases;

/// <summary>
/// What the three case pages share: loading the record (or "not found"), running each change with the version the
/// page holds, and when someone else saved first, showing what differs with "reload theirs" or "re-apply mine".
/// </summary>
public abstract class CasePageBase<TView> : ComponentBase where TView : class
{
    private int? _loadedId;

    [Parameter]
    public int Id { get; set; }

    [Inject]
    protected UserFeedback Feedback { get; set; } = default!;

    [Inject]
    protected IDialogService Dialogs { get; set; } = default!;

    [Inject]
    protected NavigationManager Navigation { get; set; } = default!;

    [Inject]
    protected CaseReferenceService Reference { get; set; } = default!;

    [Inject]
    protected TimeProvider Clock { get; set; } = default!;

    protected TView? View { get; set; }

    protected string? NotFoundMessage { get; private set; }

    /// <summary>True while a change runs; every action button is disabled meanwhile.</summary>
    protected bool Busy { get; private set; }

    protected CaseConflict<TView>? Conflict { get; private set; }

    /// <summary>Whether the details are open for editing.</summary>
    protected bool Editing { get; set; }

    protected FieldValidationException? FieldErrors { get; private set; }

    protected CaseNames Names { get; private set; } = CaseNames.Empty;

    /// <summary>The record in words, e.g. "taskforce".</summary>
    protected abstract string What { get; }

    protected abstract Task<TView> LoadAsync(int id);

    protected abstract Guid VersionOf(TView view);

    protected abstract bool CanManage(TView view);

    /// <summary>The record's fields as the user reads them, to tell what someone else changed.</summary>
    protected abstract IReadOnlyList<FieldValue> Snapshot(TView view);

    /// <summary>The record the page holds, with the fresh history (after a team change, which leaves the record's version alone).</summary>
    protected abstract TView WithHistoryOf(TView current, TView fresh);

    protected override async Task OnParametersSetAsync()
    {
        if (_loadedId == Id)
        {
            return;
        }

        _loadedId = Id;
        (View, NotFoundMessage, Conflict, Editing, FieldErrors) = (null, null, null, false, null);
        try
        {
            View = await LoadAsync(Id);
        }
        catch (RecordNotFoundException ex)
        {
            NotFoundMessage = ex.Message;
            return;
        }

        if (CanManage(View))
        {
            Names = new CaseNames(await Reference.CountriesAsync(), await Reference.ThemesAsync());
        }
    }

    /// <summary>
    /// Runs one change with the version the page loaded. Success replaces the record; a refusal has been shown and
    /// changes nothing; a conflict opens the notice, keeping the change to re-apply.
    /// </summary>
    protected async Task<bool> ChangeAsync(Func<Guid, Task<TView>> call, string success, IReadOnlyList<FieldValue>? yours = null, Action? onSuccess = null)
    {
        Busy = true;
        FieldErrors = null;
        try
        {
            var (ok, result) = await Feedback.RunAsync(() => call(VersionOf(View!)), success, ex => FieldErrors = ex);
            if (ok)
            {
                View = result;
                Conflict = null;
                onSuccess?.Invoke();
                return true;
            }

            if (Feedback.LastConflict is not null)
            {
                await NoteConflictAsync(call, success, yours, onSuccess);
            }

            return false;
        }
        finally
        {
            Busy = false;
        }
    }

    /// <summary>Someone else saved first: load the record as it is now and open the notice saying what differs.</summary>
    /// <param name="retry">The change to re-apply on top of their version; null when it cannot simply be repeated.</param>
    protected async Task NoteConflictAsync(Func<Guid, Task<TView>>? retry, string success = "", IReadOnlyList<FieldValue>? yours = null, Action? onSuccess = null)
    {
        var (loaded, fresh) = await Feedback.RunAsync(() => LoadAsync(Id));
        if (loaded)
        {
            Conflict = new CaseConflict<TView>(ConflictDiff.Compare(Snapshot(View!), Snapshot(fresh!), yours), fresh!, retry, success, yours, onSuccess);
        }
    }

    /// <summary>Drops the user's change and shows the record as it is saved now.</summary>
    protected void ReloadTheirs()
    {
        if (Conflict is null)
        {
            return;
        }

        View = Conflict.Fresh;
        Conflict = null;
        Editing = false;
        FieldErrors = null;
    }

    /// <summary>Saves the user's change again, on top of the version someone else saved.</summary>
    protected async Task ReapplyMineAsync()
    {
        if (Conflict is not { Retry: { } retry } conflict)
        {
            return;
        }

        View = conflict.Fresh;
        Conflict = null;
        await ChangeAsync(retry, conflict.Success, conflict.Yours, conflict.OnSuccess);
    }

    /// <summary>A team change shows in the history; the record itself did not change.</summary>
    protected async Task RefreshHistoryAsync()
    {
        var (ok, fresh) = await Feedback.RunAsync(() => LoadAsync(Id));
        if (ok && View is not null)
        {
            View = WithHistoryOf(View, fresh!);
        }
    }

    protected DateOnly Today => DateOnly.FromDateTime(Clock.GetUtcNow().UtcDateTime);

    protected string? ServerError(string field) => FieldErrors?.For(field).FirstOrDefault();

    protected bool HasServerError(string field) => ServerError(field) is not null;
}
