using Microsoft.EntityFrameworkCore;
using TaskforceManager.App.Data;
using TaskforceManager.App.Infrastructure.Access;
using TaskforceManager.Domain.Access;

namespace TaskforceManager.App.Features.Common;

/// <summary>
/// The shape of every read and every change a feature service makes to one record: open a context, find the record
/// within the viewer's scope (or audit the refusal and say "not found"), check the viewer's right to act, hold the
/// version the user saw, call one domain method, save or report a conflict, and return what the page shows.
/// </summary>
public sealed class RecordWork(IDbContextFactory<AppDbContext> dbFactory, AccessPolicy access, TimeProvider clock)
{
    public Task<Viewer> ViewerAsync() => access.ViewerAsync();

    public DateTimeOffset Now => clock.GetUtcNow();

    public async Task<TResult> ReadAsync<T, TResult>(
        Func<AppDbContext, Viewer, IQueryable<T>> scope, int id, Func<AppDbContext, T, Viewer, Task<TResult>> project, CancellationToken ct)
        where T : class
    {
        var v = await access.ViewerAsync();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var record = await access.SingleVisibleAsync(scope(db, v), x => EF.Property<int>(x, "Id") == id, v, id, "read", ct);
        return await project(db, record, v);
    }

    /// <summary>A change that needs nothing but the record itself (most domain transitions).</summary>
    public Task<TResult> ChangeAsync<T, TResult>(
        Func<AppDbContext, Viewer, IQueryable<T>> scope, int id, Guid? version, string what, string action,
        Func<Viewer, T, bool> allowed, Action<T, Viewer, DateTimeOffset> change,
        Func<AppDbContext, T, Viewer, Task<TResult>> project, CancellationToken ct)
        where T : class =>
        ChangeAsync(scope, id, version, what, action, allowed, (_, record, v, now) =>
        {
            change(record, v, now);
            return Task.CompletedTask;
        }, project, ct);

    /// <param name="allowed">Whether this viewer may take the action on a record they can see; refusals are audited.</param>
    /// <param name="version">The version the user's page was loaded with; null only for actions that cannot clash (e.g. a response to one's own invitation).</param>
    public async Task<TResult> ChangeAsync<T, TResult>(
        Func<AppDbContext, Viewer, IQueryable<T>> scope, int id, Guid? version, string what, string action,
        Func<Viewer, T, bool> allowed, Func<AppDbContext, T, Viewer, DateTimeOffset, Task> change,
        Func<AppDbContext, T, Viewer, Task<TResult>> project, CancellationToken ct)
        where T : class
    {
        var v = await access.ViewerAsync();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var record = await access.SingleVisibleAsync(scope(db, v), x => EF.Property<int>(x, "Id") == id, v, id, action, ct);
        if (!allowed(v, record))
        {
            throw await access.NotAllowedAsync(v, typeof(T).Name, id, action, $"You are not allowed to {action} this {what}.");
        }

        if (version is { } expected)
        {
            db.ExpectVersion(record, expected);
        }

        await change(db, record, v, clock.GetUtcNow());
        await db.SaveOrConflictAsync(what, ct);
        return await project(db, record, v);
    }
}
