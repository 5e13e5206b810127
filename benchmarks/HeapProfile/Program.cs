using System.Text.Json;
using Microsoft.Diagnostics.Runtime;

// HeapProfile <pid> <out.json>: attaches to a running .NET process (suspending it while it reads), walks the managed heap
// from its roots and writes the live objects by type (count, bytes) and, for Blazor, every component's render tree
// buffers by component type (components, frames, bytes). ./bench.sh --heap-profile takes one before and one after the
// pages are opened and writes the difference per circuit.
if (args.Length != 2 || !int.TryParse(args[0], out var pid))
{
    Console.Error.WriteLine("usage: HeapProfile <pid> <out.json>");
    return 2;
}

using var target = DataTarget.AttachToProcess(pid, suspend: true);
var clr = target.ClrVersions[0];
// The runtime's own data access library sits beside it; attached to a live process, ClrMD cannot read the version to check.
var dac = Path.Combine(Path.GetDirectoryName(clr.ModuleInfo.FileName)!, "libmscordaccore.so");
using var runtime = File.Exists(dac) ? clr.CreateRuntime(dac, ignoreMismatch: true) : clr.CreateRuntime();
var heap = runtime.Heap;

var live = new HashSet<ulong>();
var pending = new Stack<ulong>();
foreach (var root in heap.EnumerateRoots())
{
    if (root.Object.Address != 0 && live.Add(root.Object.Address))
    {
        pending.Push(root.Object.Address);
    }
}

while (pending.Count > 0)
{
    var obj = heap.GetObject(pending.Pop());
    if (!obj.IsValid)
    {
        continue;
    }

    foreach (var reference in obj.EnumerateReferenceAddresses(carefully: true))
    {
        if (reference != 0 && live.Add(reference))
        {
            pending.Push(reference);
        }
    }
}

var types = new Dictionary<string, (long Count, long Bytes)>();
var components = new Dictionary<string, (long Count, long Frames, long Bytes)>();
foreach (var address in live)
{
    var obj = heap.GetObject(address);
    if (!obj.IsValid || obj.Type?.Name is not { } name)
    {
        continue;
    }

    var t = types.GetValueOrDefault(name);
    types[name] = (t.Count + 1, t.Bytes + (long)obj.Size);
    if (name.EndsWith(".ComponentState", StringComparison.Ordinal) || name.EndsWith(".RemoteComponentState", StringComparison.Ordinal))
    {
        var (component, frames, bytes) = RenderBuffers(obj);
        var c = components.GetValueOrDefault(component);
        components[component] = (c.Count + 1, c.Frames + frames, c.Bytes + bytes);
    }
}

await using (var file = File.Create(args[1]))
{
    await JsonSerializer.SerializeAsync(file, new
    {
        types = types.Select(x => new { name = x.Key, count = x.Value.Count, bytes = x.Value.Bytes }),
        components = components.Select(x => new { name = x.Key, count = x.Value.Count, frames = x.Value.Frames, bytes = x.Value.Bytes }),
    });
}

Console.WriteLine($"heap profile of {pid}: {live.Count:N0} live objects, {types.Values.Sum(v => v.Bytes) / 1048576d:0.0} MB");
return 0;

// A component's type and the frames its render tree builders hold (the current tree and the one kept to diff against).
static (string Component, long Frames, long Bytes) RenderBuffers(ClrObject state)
{
    var component = "?";
    long frames = 0, bytes = 0;
    foreach (var field in state.Type!.Fields)
    {
        if (!field.IsObjectReference)
        {
            continue;
        }

        var value = field.ReadObject(state.Address, interior: false);
        if (!value.IsValid || value.Type?.Name is not { } name)
        {
            continue;
        }

        if (name == "Microsoft.AspNetCore.Components.Rendering.RenderTreeBuilder")
        {
            var items = value.ReadObjectField("_entries").ReadObjectField("_items");
            if (items.IsValid)
            {
                frames += items.AsArray().Length;
                bytes += (long)items.Size;
            }
        }
        else if (field.Name is { } fieldName && fieldName.Contains("Component", StringComparison.Ordinal) && !name.StartsWith("Microsoft.AspNetCore.Components.Rendering.", StringComparison.Ordinal)
                 && !name.StartsWith("Microsoft.AspNetCore.Components.Server.", StringComparison.Ordinal))
        {
            component = name;
        }
    }

    return (component, frames, bytes);
}
