using System.Reflection;
using MediatR;

namespace ToanDan.Awards.Host.Infrastructure;

/// <summary>A request that changes state: it runs in one transaction and leaves a line in the audit trail.</summary>
public interface ICommand<out TResponse> : IRequest<TResponse>;

public static class MediatorRegistration
{
    /// <summary>MediatR 5 has no DI package here: register the mediator, handlers, validators and the two behaviours by hand.</summary>
    public static IServiceCollection AddMediatorWithHandlers(this IServiceCollection services, Assembly assembly)
    {
        services.AddScoped<ServiceFactory>(sp => sp.GetService!);
        services.AddScoped<IMediator, Mediator>();
        var handlerTypes = new[] { typeof(IRequestHandler<,>), typeof(INotificationHandler<>), typeof(FluentValidation.IValidator<>) };
        foreach (var type in assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false, IsGenericTypeDefinition: false }))
            foreach (var contract in type.GetInterfaces().Where(i => i.IsGenericType && handlerTypes.Contains(i.GetGenericTypeDefinition())))
                services.AddScoped(contract, type);
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(ValidationBehavior<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(TransactionBehavior<,>));
        return services;
    }
}
