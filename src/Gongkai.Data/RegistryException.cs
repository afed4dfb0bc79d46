namespace Gongkai.Data;

/// <summary>A registry operation that cannot be done, with a message for the user (not a bug).</summary>
public sealed class RegistryException : Exception
{
    public RegistryException(string message)
        : base(message)
    {
    }

    public RegistryException(string message, Exception inner)
        : base(message, inner)
    {
    }

    public RegistryException()
    {
    }
}
