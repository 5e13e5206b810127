using MudBlazor;
using TaskforceManager.App.Data;
using TaskforceManager.App.Infrastructure.Access;
using TaskforceManager.Domain.Common;

namespace TaskforceManager.App.Features.Common;

/// <summary>
/// The one place pages turn a service call's outcome into words: success in a snackbar; a broken rule, a refusal, a
/// conflict or a missing record as a clear message; bad input handed back for the form's fields. Nothing else is
/// caught: an unexpected error still reaches the error page.
/// </summary>
public sealed class UserFeedback(ISnackbar snackbar)
{
    /// <summary>The last conflict, so a page can offer "reload" or "re-apply"; null after a success.</summary>
    public ConcurrencyConflictException? LastConflict { get; private set; }

    /// <summary>Runs the call; returns its result, or default when it was refused (the user has been told why).</summary>
    public async Task<(bool Ok, T? Result)> RunAsync<T>(Func<Task<T>> call, string? success = null, Action<FieldValidationException>? onFieldErrors = null)
    {
        LastConflict = null;
        try
        {
            var result = await call();
            if (success is not null)
            {
                snackbar.Add(success, Severity.Success);
            }

            return (true, result);
        }
        catch (FieldValidationException ex) when (onFieldErrors is not null)
        {
            onFieldErrors(ex);
            snackbar.Add("Some fields need attention: see the messages beside them.", Severity.Warning);
        }
        catch (FieldValidationException ex)
        {
            snackbar.Add(ex.Message, Severity.Warning);
        }
        catch (ConcurrencyConflictException ex)
        {
            LastConflict = ex;
            snackbar.Add(ex.Message, Severity.Error, o => o.RequireInteraction = true);
        }
        catch (Exception ex) when (ex is DomainException or ActionNotAllowedException or RecordNotFoundException)
        {
            snackbar.Add(ex.Message, Severity.Error);
        }

        return (false, default);
    }

    public async Task<bool> RunAsync(Func<Task> call, string? success = null, Action<FieldValidationException>? onFieldErrors = null)
    {
        var (ok, _) = await RunAsync(async () =>
        {
            await call();
            return true;
        }, success, onFieldErrors);
        return ok;
    }
}
