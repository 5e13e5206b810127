using FluentValidation;

namespace TaskforceManager.App.Features.Common;

/// <summary>Bad input, field by field, in plain words; thrown by a service before anything is saved.</summary>
public sealed class FieldValidationException(IEnumerable<(string Field, string Message)> errors)
    : Exception(string.Join(" ", errors.Select(e => e.Message)))
{
    public IReadOnlyList<(string Field, string Message)> Errors { get; } = errors.ToList();

    public IEnumerable<string> For(string field) => Errors.Where(e => e.Field == field).Select(e => e.Message);
}

public static class ValidatorExtensions
{
    /// <summary>Runs the form's validator again on the server side of the trust boundary; bad input never reaches the domain.</summary>
    public static async Task ValidateAndThrowForFieldsAsync<T>(this IValidator<T> validator, T form, CancellationToken ct = default)
    {
        var result = await validator.ValidateAsync(form, ct);
        if (!result.IsValid)
        {
            throw new FieldValidationException(result.Errors.Select(e => (e.PropertyName, e.ErrorMessage)));
        }
    }

    /// <summary>MudForm's per-field hook: validates one property of the model and returns its messages.</summary>
    public static Func<object, string, Task<IEnumerable<string>>> ForMudField<T>(this IValidator<T> validator) => async (model, property) =>
    {
        var result = await validator.ValidateAsync(ValidationContext<T>.CreateWithOptions((T)model, o => o.IncludeProperties(property)));
        return result.IsValid ? [] : result.Errors.Select(e => e.ErrorMessage);
    };
}
