using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Recouvrement.Worker.Hosting;

if (args is ["--help"] or ["-h"])
{
    Console.WriteLine(WorkerCommand.Usage);
    return 0;
}

var (command, errors) = WorkerCommand.Parse(args);
if (command is null)
{
    foreach (var error in errors)
    {
        Console.Error.WriteLine($"error: {error}");
    }

    Console.Error.WriteLine(WorkerCommand.Usage);
    return 2;
}

// appsettings.json beside the program, whatever the current folder; the environment and the command line override it.
var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = AppContext.BaseDirectory, Args = [] });
builder.Services.AddCollectionWorker(builder.Configuration, command);
using var host = builder.Build();
try
{
    await host.RunAsync().ConfigureAwait(false);
}
catch (OptionsValidationException e)
{
    foreach (var failure in e.Failures)
    {
        Console.Error.WriteLine($"error: {failure}");
    }

    return 2;
}

return Environment.ExitCode;
