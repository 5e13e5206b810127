using FluentValidation;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;

namespace TaskforceManager.App.Features.Common;

/// <summary>Runs a FluentValidation validator for an <see cref="EditForm"/> (the static sign-in and password forms), field by field.</summary>
public sealed class FluentValidator<TModel> : ComponentBase, IDisposable
{
    private ValidationMessageStore? _messages;
    private EditContext? _context;

    [CascadingParameter]
    private EditContext? CurrentEditContext { get; set; }

    [Parameter, EditorRequired]
    public IValidator<TModel> Validator { get; set; } = default!;

    protected override void OnParametersSet()
    {
        if (CurrentEditContext is null || ReferenceEquals(CurrentEditContext, _context))
        {
            return;
        }

        Detach();
        _context = CurrentEditContext;
        _messages = new ValidationMessageStore(_context);
        _context.OnValidationRequested += ValidateAll;
        _context.OnFieldChanged += ValidateField;
    }

    public void Dispose() => Detach();

    private void ValidateAll(object? sender, ValidationRequestedEventArgs e)
    {
        _messages!.Clear();
        var result = Validator.Validate((TModel)_context!.Model);
        foreach (var error in result.Errors)
        {
            _messages.Add(_context.Field(error.PropertyName), error.ErrorMessage);
        }

        _context.NotifyValidationStateChanged();
    }

    private void ValidateField(object? sender, FieldChangedEventArgs e)
    {
        _messages!.Clear(e.FieldIdentifier);
        var result = Validator.Validate(ValidationContext<TModel>.CreateWithOptions((TModel)_context!.Model, o => o.IncludeProperties(e.FieldIdentifier.FieldName)));
        foreach (var error in result.Errors)
        {
            _messages.Add(e.FieldIdentifier, error.ErrorMessage);
        }

        _context.NotifyValidationStateChanged();
    }

    private void Detach()
    {
        if (_context is not null)
        {
            _context.OnValidationRequested -= ValidateAll;
            _context.OnFieldChanged -= ValidateField;
        }
    }
}
