using System.Collections;
using TaskforceManager.App.Features.Common;

namespace TaskforceManager.App.Features.ReferenceData;

/// <summary>
/// A form's field checks: the FluentValidation rules as the user types, plus the messages a service sent back (a
/// taken name, an archived country). A service message stays on its field, announced like any other field error,
/// until the user changes that field's value.
/// </summary>
public sealed class FormErrors
{
    private readonly Dictionary<string, (string? Value, string Message)> _messages = new(StringComparer.Ordinal);
    private readonly Func<object, string, Task<IEnumerable<string>>> _rules;
    private object? _model;

    public FormErrors(Func<object, string, Task<IEnumerable<string>>> rules)
    {
        _rules = rules;
        Validation = CheckAsync;
    }

    /// <summary>The check to give MudForm's <c>Validation</c>.</summary>
    public Func<object, string, Task<IEnumerable<string>>> Validation { get; }

    public bool Any => _messages.Count > 0;

    /// <summary>Keeps the service's messages together with the values they were about.</summary>
    public void Set(FieldValidationException errors, object model)
    {
        _messages.Clear();
        _model = model;
        foreach (var (field, message) in errors.Errors)
        {
            _messages.TryAdd(field, (ValueOf(model, field), message));
        }
    }

    public void Clear()
    {
        _messages.Clear();
        _model = null;
    }

    /// <summary>The service's message for a field, while the field still holds the value it was about.</summary>
    public string? For(string field) => _model is null ? null : ForModel(_model, field);

    public bool Has(string field) => For(field) is not null;

    private async Task<IEnumerable<string>> CheckAsync(object model, string property) =>
        ForModel(model, property) is { } message ? [message] : await _rules(model, property);

    private string? ForModel(object model, string field) =>
        ReferenceEquals(model, _model) && _messages.TryGetValue(field, out var m) && m.Value == ValueOf(model, field) ? m.Message : null;

    private static string? ValueOf(object model, string field) => model.GetType().GetProperty(field)?.GetValue(model) switch
    {
        null => null,
        string s => s,
        IEnumerable many => string.Join("\u001f", many.Cast<object?>()),
        var other => other.ToString(),
    };
}
