using System.Text;
using Gongkai.Cli;

Console.OutputEncoding = new UTF8Encoding(false);
return await Cli.RunAsync(args, Console.Out, Console.Error, stderrIsTerminal: !Console.IsErrorRedirected);
