using System;
using System.Collections.Generic;
using System.Globalization;
using Ardalis.Result;

namespace Recouvrement.Internal;

/// <summary>
/// Collects every problem found in caller data so that one <see cref="Result{T}"/> names them all at once:
/// which field, which value, and why it is refused. Every package words its errors through it ("field = value: why"),
/// and maps another result's errors by their identifier (<see cref="AddScoped"/>, <see cref="Renamed"/>).
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

    /// <summary>Adds another result's errors under <paramref name="scope"/>: "scope.identifier", "scope: message".</summary>
    internal void AddScoped(string scope, IEnumerable<ValidationError> scoped)
    {
        foreach (var error in scoped)
        {
            errors ??= new List<ValidationError>();
            errors.Add(new ValidationError($"{scope}.{error.Identifier}", $"{scope}: {error.ErrorMessage}", error.ErrorCode, ValidationSeverity.Error));
        }
    }

    /// <summary>
    /// The error under another <paramref name="identifier"/> — a configuration path, say —, its value and reason kept:
    /// "field = value: why" becomes "identifier = value: why".
    /// </summary>
    internal static ValidationError Renamed(ValidationError error, string identifier)
    {
        var message = error.ErrorMessage.StartsWith(error.Identifier, StringComparison.Ordinal)
            ? identifier + error.ErrorMessage.Remove(0, error.Identifier.Length)
            : $"{identifier}: {error.ErrorMessage}";
        return new ValidationError(identifier, message, error.ErrorCode, error.Severity);
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

    /// <summary>A value as the messages show it: a text quoted, a date in ISO, a number in the invariant culture.</summary>
    internal static string Describe(object? value) => value switch
    {
        null => "null",
        string text => $"\"{text}\"",
        NodaTime.LocalDate date => Iso.Date(date),
        NodaTime.LocalTime time => time.ToString("HH:mm", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
