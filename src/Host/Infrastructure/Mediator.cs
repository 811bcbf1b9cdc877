using System.Reflection;
using MediatR;

namespace ToanDan.Awards.Host.Infrastructure;

/// <summary>A request that changes state: it runs in one transaction and leaves a line in the audit trail.</summary>
public interface ICommand<out TResponse> : IRequest<TResponse>;

public static class MediatorRegistration
{
    /// <summary>MediatR 5 has no DI package here: register the mediator, handlers, validators and the behaviours by hand.</summary>
    public static IServiceCollection AddMediatorWithHandlers(this IServiceCollection services, Assembly assembly)
    {
        services.AddScoped<ServiceFactory>(sp => sp.GetService!);
        services.AddScoped<IMediator, Mediator>();
        var handlerTypes = new[] { typeof(IRequestHandler<,>), typeof(INotificationHandler<>), typeof(FluentValidation.IValidator<>) };
        foreach (var type in assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false, IsGenericTypeDefinition: false }))
            foreach (var contract in type.GetInterfaces().Where(i => i.IsGenericType && handlerTypes.Contains(i.GetGenericTypeDefinition())))
                services.Add(new ServiceDescriptor(contract, type, IsStatelessValidator(contract, type) ? ServiceLifetime.Singleton : ServiceLifetime.Scoped));
        services.AddSingleton<KeyedTurns>();
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(ValidationBehavior<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(OneAtATimeBehavior<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(TransactionBehavior<,>));
        return services;
    }

    /// <summary>
    /// A validator that needs nothing to be built holds only its rules, which compile their expressions when built: one
    /// for the application, not one per request. One that reads the database stays with the request.
    /// </summary>
    private static bool IsStatelessValidator(Type contract, Type type) =>
        contract.GetGenericTypeDefinition() == typeof(FluentValidation.IValidator<>)
        && type.GetConstructors().All(c => c.GetParameters().Length == 0);
}
