// The Recouvrement sample: `dotnet run --project samples/Recouvrement.Cli` runs the day's collection over the bundled
// demo portfolio as of its fixed demo date, so the output is the same on every machine.
using Recouvrement.Cli;

return CliApp.Run(args, CliConsole.System);
