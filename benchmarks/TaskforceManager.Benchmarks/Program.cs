namespace TaskforceManager.Benchmarks;

public static class Program
{
    public static Task<int> Main(string[] args) => BenchProgram.RunAsync(args);
}
