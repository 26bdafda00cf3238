namespace NotebookNN.Runner;

/// <summary>Bad input or usage: the runner prints the message as one line and exits with code 2.</summary>
internal sealed class InputException(string message) : Exception(message);
