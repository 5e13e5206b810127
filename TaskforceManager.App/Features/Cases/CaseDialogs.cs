using MudBlazor;
using TaskforceManager.App.Features.Cases.Components;

namespace TaskforceManager.App.Features.Cases;

/// <summary>A date a transition needs, and the text that may go with it.</summary>
public sealed record DateAnswer(DateOnly Date, string? Text);

/// <summary>The questions case pages ask before a transition; each returns null when the user backs out.</summary>
public static class CaseDialogs
{
    private static readonly DialogOptions Options = new() { MaxWidth = MaxWidth.Small, FullWidth = true, CloseOnEscapeKey = true };

    public static async Task<string?> AskReasonAsync(this IDialogService dialogs, string title, string message, string confirm,
        bool irreversible = false, bool required = true, string label = "Reason")
    {
        var parameters = new DialogParameters<ReasonDialog>
        {
            { x => x.Message, message },
            { x => x.ConfirmText, confirm },
            { x => x.Irreversible, irreversible },
            { x => x.Required, required },
            { x => x.Label, label },
        };
        return await ResultAsync<string>(await dialogs.ShowAsync<ReasonDialog>(title, parameters, Options));
    }

    public static async Task<DateAnswer?> AskDateAsync(this IDialogService dialogs, string title, string message, string dateLabel, DateOnly? initial,
        string confirm, bool irreversible = false, string? textLabel = null, string? initialText = null, int textMaxLength = 20000)
    {
        var parameters = new DialogParameters<DateDialog>
        {
            { x => x.Message, message },
            { x => x.DateLabel, dateLabel },
            { x => x.Initial, initial },
            { x => x.ConfirmText, confirm },
            { x => x.Irreversible, irreversible },
            { x => x.TextLabel, textLabel },
            { x => x.InitialText, initialText },
            { x => x.TextMaxLength, textMaxLength },
        };
        return await ResultAsync<DateAnswer>(await dialogs.ShowAsync<DateDialog>(title, parameters, Options));
    }

    public static async Task<string?> AskTextAsync(this IDialogService dialogs, string title, string message, string label, string? initial, int maxLength, string confirm)
    {
        var parameters = new DialogParameters<TextDialog>
        {
            { x => x.Message, message },
            { x => x.Label, label },
            { x => x.Initial, initial },
            { x => x.MaxLength, maxLength },
            { x => x.ConfirmText, confirm },
        };
        return await ResultAsync<string>(await dialogs.ShowAsync<TextDialog>(title, parameters, new DialogOptions { MaxWidth = MaxWidth.Medium, FullWidth = true }));
    }

    /// <summary>A yes/no question for a step that cannot be undone.</summary>
    public static async Task<bool> ConfirmAsync(this IDialogService dialogs, string title, string message, string yes)
    {
        var answer = await dialogs.ShowMessageBoxAsync(new MessageBoxOptions
        {
            Title = title,
            Message = $"{message} This cannot be undone.",
            YesText = yes,
            CancelText = "Back",
        }, Options);
        return answer == true;
    }

    public static async Task<T?> ResultAsync<T>(IDialogReference dialog) where T : class
    {
        var result = await dialog.Result;
        return result is { Canceled: false, Data: T data } ? data : null;
    }
}
