using System.Reflection;
using System.Reflection.Emit;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Loader;
using IdentityCenter.Core.Credentials;
using IdentityCenter.PowerShell.Commands;
using IdentityCenter.PowerShell.LoadContext;
using IdentityCenter.PowerShell.Loading;
using IdentityCenter.PowerShell.Tests.Support;

namespace IdentityCenter.PowerShell.Tests;

/// <summary>
/// Importing the module must stay cheap: loading the cmdlet assembly, resolving its cmdlet types and running the
/// module initializer build no HttpClient and do no file or network I/O beyond loading the module's own load context
/// assembly; the HTTP pipeline is built on first use. The HTTP side is watched at run time in a fresh load context,
/// whose every assembly request is recorded; the I/O side by following the IL of everything an import runs.
/// </summary>
[Collection(HttpPipelineCollection.Name)]
public sealed class ImportCostTests
{
    private const string ModuleAssembly = "IdentityCenter.PowerShell";
    private const string CoreAssembly = "IdentityCenter.Core";
    private const string LoadingAssembly = "IdentityCenter.PowerShell.Loading";

    // The one read an import makes on PowerShell 7: the net8.0 load context, from the dependencies folder.
    private static readonly string LoadContextLoad = typeof(LoadContextInstaller).FullName + "." + nameof(LoadContextInstaller.Install) + " -> System.Reflection.Assembly.LoadFrom";

    // An HttpClient or any handler lives in System.Net.Http; the pipeline's factory in Microsoft.Extensions.Http.
    private static readonly string[] HttpStack = { "System.Net.Http", "Microsoft.Extensions.Http", "Microsoft.Extensions.DependencyInjection" };

    [Fact]
    public void Importing_builds_no_pipeline_and_loads_no_HTTP_stack()
    {
        var context = new RecordingLoadContext();
        try
        {
            var cmdlets = Import(context);

            var requested = context.Requested;
            Assert.NotEmpty(cmdlets);
            Assert.DoesNotContain(requested, name => HttpStack.Contains(name));
            Assert.Equal(0, PipelineBuildCount(context));
            Assert.False(PipelineIsBuilt(context));
        }
        finally
        {
            context.Unload();
        }
    }

    [Fact]
    public void The_probe_sees_a_pipeline_being_built()
    {
        // Without this, an empty request list might only mean the recording never worked.
        var context = new RecordingLoadContext();
        try
        {
            Import(context);
            var pipeline = context.Load(CoreAssembly).GetType("IdentityCenter.Core.Http.IdcHttpPipeline", throwOnError: true)!;

            Assert.NotNull(pipeline.GetProperty("Shared", BindingFlags.Public | BindingFlags.Static)!.GetValue(null));

            Assert.Contains("System.Net.Http", context.Requested);
            Assert.Contains("Microsoft.Extensions.Http", context.Requested);
            Assert.Equal(1, PipelineBuildCount(context));
        }
        finally
        {
            context.Unload();
        }
    }

    [Fact]
    public void Making_Cores_types_visible_to_scripts_loads_none_of_Cores_dependencies()
    {
        // The import loads every public type of Core to register it by name (TypeNameRegistration). A type whose layout
        // holds a dependency's value type, such as a static JsonReaderOptions field, would load that dependency there
        // and then, the first of the module's context's requests, cost the import several milliseconds.
        var context = new RecordingLoadContext();
        try
        {
            var core = context.Load(CoreAssembly);
            var dependencies = core.GetReferencedAssemblies().Select(name => name.Name!).Where(name => name != "netstandard").ToList();

            var registered = TypeNameRegistration.NamesOf(core.GetExportedTypes()).ToList();

            Assert.NotEmpty(registered);
            Assert.Contains("System.Text.Json", dependencies);
            var loaded = context.Requested.Intersect(dependencies).ToList();
            Assert.True(loaded.Count == 0, "Loading Core's public types requested " + string.Join(", ", loaded));
        }
        finally
        {
            context.Unload();
        }
    }

    [Fact]
    public void What_an_import_runs_reaches_no_file_or_network_API_but_the_load_context_assembly()
    {
        var entryPoints = ImportEntryPoints(typeof(IdcCmdlet).Assembly).ToList();

        var reached = IlCalls.ReachableIo(entryPoints);

        Assert.NotEmpty(entryPoints);
        Assert.Contains(LoadContextLoad, reached);
        var others = reached.Where(call => call != LoadContextLoad).ToList();
        Assert.True(others.Count == 0, "An import reaches I/O: " + string.Join("; ", others));
    }

    [Fact]
    public void The_IL_scan_finds_a_file_read()
    {
        var readFile = typeof(CredentialEnvironment).GetMethod(nameof(CredentialEnvironment.ReadFile))!;

        var reached = IlCalls.ReachableIo(new MethodBase[] { readFile });

        Assert.Contains(reached, call => call.Contains("System.IO.FileStream..ctor", StringComparison.Ordinal));
    }

    /// <summary>What PowerShell does on Import-Module for a binary module, and a little more.</summary>
    private static IReadOnlyList<Type> Import(RecordingLoadContext context)
    {
        var module = context.Load(ModuleAssembly);
        var cmdlets = module.GetTypes().Where(IsCmdlet).ToList();
        foreach (var cmdlet in cmdlets)
        {
            for (var type = cmdlet; type != null && type.Assembly == module; type = type.BaseType)
            {
                RuntimeHelpers.RunClassConstructor(type.TypeHandle);
            }

            // Parameter metadata: PowerShell instantiates these attributes when it binds or lists parameters.
            cmdlet.GetCustomAttributes(inherit: true);
            foreach (var property in cmdlet.GetProperties())
            {
                property.GetCustomAttributes(inherit: true);
            }
        }

        // The initializer is the loading nested module's, which PowerShell imports first.
        var loading = context.Load(LoadingAssembly);
        var initializer = loading.GetTypes().Single(t => t.GetInterfaces().Any(i => i.FullName == "System.Management.Automation.IModuleAssemblyInitializer"));
        initializer.GetMethod("OnImport")!.Invoke(Activator.CreateInstance(initializer), null);
        return cmdlets;
    }

    private static IEnumerable<MethodBase> ImportEntryPoints(Assembly module)
    {
        foreach (var cmdlet in module.GetTypes().Where(IsCmdlet))
        {
            for (var type = cmdlet; type != null && type.Assembly == module; type = type.BaseType)
            {
                if (type.TypeInitializer != null)
                {
                    yield return type.TypeInitializer;
                }
            }

            var attributes = CustomAttributeData.GetCustomAttributes(cmdlet)
                .Concat(cmdlet.GetProperties().SelectMany(CustomAttributeData.GetCustomAttributes));
            foreach (var attribute in attributes.Where(a => a.AttributeType.Assembly == module))
            {
                yield return attribute.Constructor;
            }
        }

        var initializer = typeof(ModuleInitializer);
        yield return initializer.GetMethod(nameof(ModuleInitializer.OnImport))!;

        // Called through a delegate, which the IL walk does not follow.
        yield return typeof(ModuleLoadContext).GetMethod(nameof(ModuleLoadContext.Install))!;
        foreach (var constructor in initializer.GetConstructors())
        {
            yield return constructor;
        }

        if (initializer.TypeInitializer != null)
        {
            yield return initializer.TypeInitializer;
        }
    }

    private static bool IsCmdlet(Type type) =>
        CustomAttributeData.GetCustomAttributes(type).Any(a => a.AttributeType.FullName == "System.Management.Automation.CmdletAttribute");

    private static int PipelineBuildCount(RecordingLoadContext context) => (int)PipelineStatic(context, "BuildCount");

    private static bool PipelineIsBuilt(RecordingLoadContext context) => (bool)PipelineStatic(context, "IsBuilt");

    private static object PipelineStatic(RecordingLoadContext context, string name)
    {
        var pipeline = context.Load(CoreAssembly).GetType("IdentityCenter.Core.Http.IdcHttpPipeline", throwOnError: true)!;
        return pipeline.GetProperty(name, BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)!.GetValue(null)!;
    }

    /// <summary>
    /// A collectible context with its own copies of the module's assemblies, so their statics start from zero
    /// whatever other tests did. It also holds its own netstandard facade: the module's references go through that
    /// facade, and only then do its forwards (to System.Net.Http, say) come back here to be recorded. Everything
    /// else is left to the default context.
    /// </summary>
    private sealed class RecordingLoadContext : AssemblyLoadContext
    {
        private readonly List<string> requested = new();

        public RecordingLoadContext()
            : base("IdentityCenter import probe", isCollectible: true)
        {
            LoadFromAssemblyPath(Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "netstandard.dll"));
        }

        public IReadOnlyList<string> Requested
        {
            get
            {
                lock (requested)
                {
                    return requested.ToList();
                }
            }
        }

        public Assembly Load(string simpleName) => LoadFromAssemblyName(new AssemblyName(simpleName));

        protected override Assembly? Load(AssemblyName assemblyName)
        {
            var name = assemblyName.Name ?? string.Empty;
            lock (requested)
            {
                requested.Add(name);
            }

            var own = Assemblies.FirstOrDefault(a => a.GetName().Name == name);
            if (own != null)
            {
                return own;
            }

            return name == ModuleAssembly || name == CoreAssembly || name == LoadingAssembly
                ? LoadFromAssemblyPath(Path.Combine(AppContext.BaseDirectory, name + ".dll"))
                : null;
        }
    }

    /// <summary>
    /// Follows calls through the module's own code and reports every call into an API that touches files, the
    /// network or other processes. Delegates made along the way are not followed: at import they are only handed
    /// over (the dependency resolver's File.Exists runs on a later assembly-resolve event, not at import).
    /// </summary>
    private static class IlCalls
    {
        private static readonly string[] IoTypes =
        {
            "System.IO.File", "System.IO.FileInfo", "System.IO.FileStream", "System.IO.Directory", "System.IO.DirectoryInfo",
            "System.IO.FileSystemInfo", "System.IO.FileSystemWatcher", "System.IO.RandomAccess", "System.Diagnostics.Process",
            "Microsoft.Win32.Registry", "Microsoft.Win32.RegistryKey",
        };

        private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => (OpCode)f.GetValue(null)!)
            .ToDictionary(o => o.Value);

        public static IReadOnlyList<string> ReachableIo(IEnumerable<MethodBase> entryPoints)
        {
            var found = new SortedSet<string>(StringComparer.Ordinal);
            var seen = new HashSet<MethodBase>();
            var pending = new Stack<MethodBase>(entryPoints);
            while (pending.Count > 0)
            {
                var method = pending.Pop();
                if (!seen.Add(method))
                {
                    continue;
                }

                foreach (var callee in Callees(method))
                {
                    if (IsIo(callee))
                    {
                        found.Add(Describe(method) + " -> " + Describe(callee));
                    }
                    else if (IsOurs(callee.DeclaringType))
                    {
                        pending.Push(callee);
                        if (callee.DeclaringType!.TypeInitializer is { } typeInitializer)
                        {
                            pending.Push(typeInitializer);
                        }
                    }
                }
            }

            return found.ToList();
        }

        private static IEnumerable<MethodBase> Callees(MethodBase method)
        {
            var il = method.GetMethodBody()?.GetILAsByteArray();
            if (il == null)
            {
                yield break;
            }

            var typeArguments = method.DeclaringType?.IsGenericType == true ? method.DeclaringType.GetGenericArguments() : null;
            var methodArguments = method.IsGenericMethod ? method.GetGenericArguments() : null;
            for (var at = 0; at < il.Length;)
            {
                var value = il[at] == 0xFE ? (short)(0xFE00 | il[at + 1]) : il[at];
                at += il[at] == 0xFE ? 2 : 1;
                var opCode = OpCodesByValue[value];
                var operandStart = at;
                at += OperandSize(opCode.OperandType, il, at);
                if (opCode == OpCodes.Call || opCode == OpCodes.Callvirt || opCode == OpCodes.Newobj)
                {
                    yield return method.Module.ResolveMethod(BitConverter.ToInt32(il, operandStart), typeArguments, methodArguments)!;
                }
                else if (opCode == OpCodes.Ldsfld || opCode == OpCodes.Stsfld || opCode == OpCodes.Ldsflda)
                {
                    // Touching a static field runs its type's static constructor.
                    var field = method.Module.ResolveField(BitConverter.ToInt32(il, operandStart), typeArguments, methodArguments);
                    if (field?.DeclaringType?.TypeInitializer is { } typeInitializer && IsOurs(field.DeclaringType))
                    {
                        yield return typeInitializer;
                    }
                }
            }
        }

        private static int OperandSize(OperandType operandType, byte[] il, int at) => operandType switch
        {
            OperandType.InlineNone => 0,
            OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
            OperandType.InlineVar => 2,
            OperandType.InlineI8 or OperandType.InlineR => 8,
            OperandType.InlineSwitch => 4 + (4 * BitConverter.ToInt32(il, at)),
            _ => 4,
        };

        private static bool IsOurs(Type? type) => type?.Assembly.GetName().Name?.StartsWith("IdentityCenter.", StringComparison.Ordinal) == true;

        private static bool IsIo(MethodBase callee)
        {
            var type = callee.DeclaringType?.FullName ?? string.Empty;
            if (IoTypes.Contains(type) || type.StartsWith("System.Net.", StringComparison.Ordinal))
            {
                return true;
            }

            // A reader or writer opened on a path; over a stream they are plain objects.
            if ((type == "System.IO.StreamReader" || type == "System.IO.StreamWriter") && callee.IsConstructor)
            {
                return callee.GetParameters().FirstOrDefault()?.ParameterType == typeof(string);
            }

            return type == "System.Reflection.Assembly" && (callee.Name == "LoadFrom" || callee.Name == "LoadFile" || callee.Name == "UnsafeLoadFrom");
        }

        private static string Describe(MethodBase method) => method.DeclaringType?.FullName + "." + method.Name;
    }
}
