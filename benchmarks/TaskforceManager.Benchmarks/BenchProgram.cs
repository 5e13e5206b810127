namespace TaskforceManager.Benchmarks;

public static class BenchProgram
{
    public static Task<int> RunAsync(string[] args) => Task.FromResult(0);
}
