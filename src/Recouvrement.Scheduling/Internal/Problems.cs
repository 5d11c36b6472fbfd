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

    internal void Add(string field, string value, string why, string code)
        => errors.Add(new ValidationError(field, $"{field} = {value}: {why}", code, ValidationSeverity.Error));

    internal Result<T> ToResult<T>(Func<T> onSuccess)
        => errors.Count > 0 ? Result<T>.Invalid(errors) : Result<T>.Success(onSuccess());
}
