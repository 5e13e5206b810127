namespace TaskforceManager.App.Features.Cases;

/// <summary>One labelled value of a record as the user reads it, for comparing two versions of it.</summary>
public sealed record FieldValue(string Label, string? Value);

/// <summary>A field where the saved record no longer matches what the user opened, or where the user's own change clashes.</summary>
public sealed record FieldConflict(string Label, string? WhenYouOpened, string? Theirs, string? Yours, bool ChangedByYou);

public static class ConflictDiff
{
    /// <summary>
    /// Compares, field by field, the record as the user opened it, the record as someone else has since saved it, and
    /// (when the user was editing) the user's own values. A field is listed when the other person changed it, or when
    /// the user changed it too; unchanged fields are left out.
    /// </summary>
    public static IReadOnlyList<FieldConflict> Compare(IReadOnlyList<FieldValue> opened, IReadOnlyList<FieldValue> theirs, IReadOnlyList<FieldValue>? yours = null)
    {
        var rows = new List<FieldConflict>();
        foreach (var field in theirs)
        {
            var before = opened.FirstOrDefault(f => f.Label == field.Label)?.Value;
            var mine = yours?.FirstOrDefault(f => f.Label == field.Label);
            var changedByThem = !Same(before, field.Value);
            var changedByYou = mine is not null && !Same(before, mine.Value);
            if (changedByThem || changedByYou)
            {
                rows.Add(new FieldConflict(field.Label, Blank(before), Blank(field.Value), mine is null ? null : Blank(mine.Value), changedByYou));
            }
        }

        return rows;
    }

    private static bool Same(string? a, string? b) => string.Equals(Blank(a), Blank(b), StringComparison.Ordinal);

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

/// <summary>
/// Re-applies a user's edit on top of a version someone else saved: each field the user changed takes the user's
/// value; each field they left alone keeps the saved one, so re-applying never undoes the other person's change.
/// </summary>
public static class Rebase
{
    public static string? Text(string? opened, string? mine, string? theirs) => Same(opened, mine) ? theirs : mine;

    public static T Value<T>(T opened, T mine, T theirs) => EqualityComparer<T>.Default.Equals(opened, mine) ? theirs : mine;

    public static IReadOnlyCollection<string> Set(IReadOnlyCollection<string> opened, IReadOnlyCollection<string> mine, IReadOnlyCollection<string> theirs) =>
        opened.ToHashSet(StringComparer.Ordinal).SetEquals(mine) ? theirs : mine;

    private static bool Same(string? a, string? b) =>
        string.Equals(string.IsNullOrWhiteSpace(a) ? null : a.Trim(), string.IsNullOrWhiteSpace(b) ? null : b.Trim(), StringComparison.Ordinal);
}
