// Lets netstandard2.0 compile init-only setters and records.
namespace System.Runtime.CompilerServices
{
    [Microsoft.CodeAnalysis.Embedded]
    internal static class IsExternalInit
    {
    }
}
