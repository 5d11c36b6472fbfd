using Ardalis.Result;
using Xunit.Sdk;

namespace Recouvrement.Fuzz.Tests;

/// <summary>
/// The contract issue 27 asks of every entry point: an answer for every input of its parameter types. A
/// <see cref="Result"/> is Ok, or refuses with validation errors that each name a field, or with an error that says
/// why; only the exceptions an entry point documents may escape it.
/// </summary>
internal static class Contract
{
    /// <summary>Calls an entry point that answers with a <see cref="Result{T}"/>; it must not throw, and a refusal must name its fields.</summary>
    internal static Result<T> Answers<T>(Func<Result<T>> call)
    {
        Result<T> result;
        try
        {
            result = call();
        }
        catch (Exception e)
        {
            throw new XunitException($"threw {e.GetType().Name} instead of answering with a Result: {e.Message}", e);
        }

        Explains(result);
        return result;
    }

    /// <summary>Calls a <c>Try*</c> entry point: it must answer true or false, never throw.</summary>
    internal static bool Tries(Func<bool> call)
    {
        try
        {
            return call();
        }
        catch (Exception e)
        {
            throw new XunitException($"threw {e.GetType().Name} instead of answering false: {e.Message}", e);
        }
    }

    /// <summary>Calls an entry point that documents the exceptions it throws; any other one is a crash.</summary>
    internal static void ThrowsOnly(Action call, params Type[] documented)
    {
        try
        {
            call();
        }
        catch (Exception e) when (!documented.Any(t => t.IsInstanceOfType(e)))
        {
            throw new XunitException($"threw {e.GetType().Name}, which it does not document ({string.Join(", ", documented.Select(t => t.Name))}): {e.Message}", e);
        }
        catch (Exception)
        {
            // A documented refusal of a programmer error.
        }
    }

    private static void Explains<T>(Result<T> result)
    {
        switch (result.Status)
        {
            case ResultStatus.Ok:
                return;
            case ResultStatus.Invalid:
                if (!result.ValidationErrors.Any())
                {
                    throw new XunitException("refused as Invalid without a validation error");
                }

                foreach (var error in result.ValidationErrors)
                {
                    if (string.IsNullOrWhiteSpace(error.Identifier) || string.IsNullOrWhiteSpace(error.ErrorMessage))
                    {
                        throw new XunitException($"a validation error names no field or says nothing: '{error.Identifier}' '{error.ErrorMessage}'");
                    }
                }

                return;
            default:
                if (!result.Errors.Any(e => !string.IsNullOrWhiteSpace(e)))
                {
                    throw new XunitException($"refused as {result.Status} without saying why");
                }

                return;
        }
    }
}
