using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace Gongkai.Cli;

/// <summary>The standard help, followed by the exit codes (<see cref="ExitCodes.Help"/>) on every command.</summary>
internal sealed class HelpWithExitCodes(HelpAction standard) : SynchronousCommandLineAction
{
    public override int Invoke(ParseResult parseResult)
    {
        var result = standard.Invoke(parseResult);
        var output = parseResult.InvocationConfiguration.Output;
        output.WriteLine(ExitCodes.Help);
        output.WriteLine();
        return result;
    }
}
