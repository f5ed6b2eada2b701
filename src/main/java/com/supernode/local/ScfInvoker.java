package com.supernode.local;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.qcloud.scf.runtime.Context;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Type;

/**
 * Invokes a handler the way SCF's Java runtime does: resolve the handler string
 * {@code package.Class::method}, build the class with its no-argument constructor, convert
 * the event JSON to the method's parameter type, and pass a {@link Context}.
 *
 * <p>NOTE: which JSON library SCF uses for that conversion is not documented. We use Gson,
 * which maps a JSON object onto the handlers' {@code Map<String, Object>} parameter the way
 * any mainstream library does.
 */
public final class ScfInvoker {
  private static final Gson GSON =
      new GsonBuilder().serializeNulls().disableHtmlEscaping().create();

  private final Object handler;
  private final Method method;

  private ScfInvoker(Object handler, Method method) {
    this.handler = handler;
    this.method = method;
  }

  /**
   * Loads {@code handlerString} from {@code loader} and builds the handler instance, as SCF
   * does once per instance.
   *
   * @throws HandlerLoadException when the class, constructor or method cannot be used
   */
  public static ScfInvoker load(String handlerString, ClassLoader loader) {
    int separator = handlerString.indexOf("::");
    if (separator <= 0 || separator == handlerString.length() - 2) {
      throw new HandlerLoadException("Handler '" + handlerString
          + "' is not of the form package.Class::method.", null);
    }
    String className = handlerString.substring(0, separator);
    String methodName = handlerString.substring(separator + 2);
    try {
      Class<?> type = Class.forName(className, true, loader);
      Object instance = type.getConstructor().newInstance();
      return new ScfInvoker(instance, findMethod(type, methodName, handlerString));
    } catch (ClassNotFoundException e) {
      throw new HandlerLoadException("Class " + className + " of handler '" + handlerString
          + "' is not in the package.", e);
    } catch (NoSuchMethodException e) {
      throw new HandlerLoadException("Class " + className
          + " has no public no-argument constructor, which SCF needs.", e);
    } catch (ReflectiveOperationException | LinkageError e) {
      throw new HandlerLoadException("Handler '" + handlerString + "' could not be built: "
          + e, e);
    }
  }

  private static Method findMethod(Class<?> type, String name, String handlerString) {
    for (Method candidate : type.getMethods()) {
      int count = candidate.getParameterCount();
      boolean contextLast = count == 2
          && Context.class.isAssignableFrom(candidate.getParameterTypes()[1]);
      if (candidate.getName().equals(name) && (count == 1 || contextLast)) {
        return candidate;
      }
    }
    throw new HandlerLoadException("Handler '" + handlerString + "' names no public method "
        + name + "(event) or " + name + "(event, Context).", null);
  }

  /** Converts {@code eventJson} to the handler's parameter type, invokes it, returns JSON. */
  public String invoke(String eventJson, Context context) {
    Type parameterType = method.getGenericParameterTypes()[0];
    Object event = GSON.fromJson(eventJson, parameterType);
    Object result;
    try {
      result = method.getParameterCount() == 2
          ? method.invoke(handler, event, context)
          : method.invoke(handler, event);
    } catch (InvocationTargetException e) {
      throw new HandlerLoadException("The handler threw " + e.getCause(), e.getCause());
    } catch (IllegalAccessException e) {
      throw new HandlerLoadException("The handler method is not accessible: " + e, e);
    }
    return GSON.toJson(result);
  }

  /** Thrown when a handler cannot be loaded or invoked the way SCF would. */
  public static final class HandlerLoadException extends RuntimeException {
    HandlerLoadException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
