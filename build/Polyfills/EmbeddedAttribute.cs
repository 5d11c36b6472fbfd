// Marks the polyfills as this assembly's own: another assembly that sees this one's internals (the packages see the
// kernel's) does not see them, so each keeps its copy without a conflict.
namespace Microsoft.CodeAnalysis
{
    [Embedded]
    [System.AttributeUsage(System.AttributeTargets.Class | System.AttributeTargets.Struct | System.AttributeTargets.Enum | System.AttributeTargets.Interface | System.AttributeTargets.Delegate)]
    internal sealed class EmbeddedAttribute : System.Attribute
    {
    }
}
