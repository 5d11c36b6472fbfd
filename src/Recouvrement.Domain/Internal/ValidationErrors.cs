using System;
using System.Collections.Generic;
using System.Globalization;
using Ardalis.Result;

namespace Recouvrement.Internal;

/// <summary>
/// Collects every problem found in caller data so that one <see cref="Result{T}"/> names them all at once:
/// which field, which value, and why it is refused.
/// </summary>
internal sealed class ValidationErrors
{
    private List<ValidationError>? errors;

    internal bool HasErrors => errors is { Count: > 0 };

    internal int Count => errors?.Count ?? 0;

    internal void Add(string identifier, object? value, string why, string errorCode)
    {
        errors ??= new List<ValidationError>();
        errors.Add(new ValidationError(
            identifier,
            $"{identifier} = {Describe(value)}: {why}",
            errorCode,
            ValidationSeverity.Error));
    }

    internal Result<T> ToResult<T>(Func<T> onSuccess)
        => errors is { Count: > 0 } ? Result<T>.Invalid(errors) : Result<T>.Success(onSuccess());

    /// <summary>The invalid result; call only once an error has been added.</summary>
    internal Result<T> ToInvalid<T>() => Result<T>.Invalid(errors!);

    /// <summary>A one-error invalid result.</summary>
    internal static Result<T> Single<T>(string identifier, object? value, string why, string errorCode)
    {
        var single = new ValidationErrors();
        single.Add(identifier, value, why, errorCode);
        return single.ToInvalid<T>();
    }

    private static string Describe(object? value) => value switch
    {
        null => "null",
        string text => $"\"{text}\"",
        NodaTime.LocalDate date => Iso.Date(date),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
