namespace TaskforceManager.Domain.Common;

/// <summary>A recommendation made by a meeting or a roundtable, optionally tagged with themes and linked to a best practice.</summary>
public sealed class Recommendation
{
    public const int TextMaxLength = 4000;

    private Recommendation()
    {
        Text = string.Empty;
    }

    public Recommendation(string text, IEnumerable<string>? themeCodes = null, int? bestPracticeId = null)
    {
        Id = Guid.NewGuid();
        Text = Guard.Required(text, "The recommendation", TextMaxLength);
        ThemeCodes = Guard.Codes(themeCodes, Reference.Theme.CodeMaxLength, "Theme").ToList();
        BestPracticeId = bestPracticeId;
    }

    public Guid Id { get; private set; }
    public string Text { get; private set; }
    public List<string> ThemeCodes { get; private set; } = [];
    public int? BestPracticeId { get; private set; }
}
