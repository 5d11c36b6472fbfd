using System;
using System.Diagnostics.CodeAnalysis;

namespace Recouvrement.Internal;

/// <summary>Checks for programmer errors: they throw, unlike caller-data problems, which become a <c>Result</c>.</summary>
internal static class Preconditions
{
    internal static T CheckNotNull<T>([NotNull] T? argument, string paramName)
        where T : class
        => argument ?? throw new ArgumentNullException(paramName);

    internal static void CheckArgumentRange(string paramName, int value, int minInclusive, int maxInclusive)
    {
        if (value < minInclusive || value > maxInclusive)
        {
            throw new ArgumentOutOfRangeException(
                paramName,
                value,
                $"Value should be in range [{minInclusive}-{maxInclusive}]");
        }
    }

    internal static void CheckArgument([DoesNotReturnIf(false)] bool expression, string paramName, string message)
    {
        if (!expression)
        {
            throw new ArgumentException(message, paramName);
        }
    }
}
