using System;
using System.Collections.Generic;
using Ardalis.Result;

namespace Recouvrement.Scheduling.Internal;

/// <summary>
/// Collects every problem with caller data, worded as the kernel words them ("field = value: why"), so that one
/// <see cref="Result{T}"/> names them all at once.
/// </summary>
internal sealed class Problems
{
    private readonly List<ValidationError> errors = [];

    internal bool HasProblems => errors.Count > 0;

    internal void Add(string field, string value, string why, string code)
        => errors.Add(new ValidationError(field, $"{field} = {value}: {why}", code, ValidationSeverity.Error));

    /// <summary>Adds another result's errors under <paramref name="scope"/>: "scope.identifier", "scope: message".</summary>
    internal void AddScoped(string scope, IEnumerable<ValidationError> scoped)
    {
        foreach (var error in scoped)
        {
            errors.Add(new ValidationError($"{scope}.{error.Identifier}", $"{scope}: {error.ErrorMessage}", error.ErrorCode, ValidationSeverity.Error));
        }
    }

    internal Result<T> ToResult<T>(Func<T> onSuccess)
        => errors.Count > 0 ? Result<T>.Invalid(errors) : Result<T>.Success(onSuccess());
}
