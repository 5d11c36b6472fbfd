using Microsoft.Extensions.Options;

namespace Recouvrement.Extensions.Internal;

/// <summary>Checks options by building them: every problem, with its configuration path, at start-up.</summary>
internal sealed class RecouvrementOptionsValidator(SetupPaths paths) : IValidateOptions<RecouvrementOptions>
{
    public ValidateOptionsResult Validate(string? name, RecouvrementOptions options)
    {
        var builder = new SetupBuilder(options, paths.Of(name ?? Options.DefaultName));
        return builder.Build() is null ? ValidateOptionsResult.Fail(builder.Errors) : ValidateOptionsResult.Success;
    }
}
