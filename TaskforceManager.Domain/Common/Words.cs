namespace TaskforceManager.Domain.Common;

/// <summary>Turns enum names into the words users read ("InReview" → "in review").</summary>
public static class Words
{
    public static string Of<T>(T value) where T : struct, Enum => Split(value.ToString());

    public static string Split(string pascal)
    {
        var sb = new System.Text.StringBuilder(pascal.Length + 8);
        for (var i = 0; i < pascal.Length; i++)
        {
            var ch = pascal[i];
            if (i > 0 && char.IsUpper(ch) && !char.IsUpper(pascal[i - 1]))
            {
                sb.Append(' ');
            }

            sb.Append(char.ToLowerInvariant(ch));
        }

        return sb.ToString();
    }

    public static string Capitalised(string text) =>
        text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
