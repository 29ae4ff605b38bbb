package dev.milepost;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestComponent;

/**
 * Counts the SQL statements the application prepares, whatever issues them (Hibernate,
 * JdbcClient), by wrapping the {@link DataSource}. Import it to assert that a page's
 * statement count does not grow with the data.
 */
@TestComponent
public class StatementCounter implements BeanPostProcessor {

	private static final Set<String> STATEMENT_METHODS = Set.of("prepareStatement", "createStatement", "prepareCall");

	private final AtomicInteger count = new AtomicInteger();

	private final List<String> statements = new CopyOnWriteArrayList<>();

	/**
	 * Only the test's own thread counts (MockMvc runs there); background jobs such as the
	 * session cleanup do not.
	 */
	private volatile Thread counted;

	public void reset() {
		this.counted = Thread.currentThread();
		this.count.set(0);
		this.statements.clear();
	}

	/** The SQL of the statements counted since {@link #reset()}, for failure messages. */
	public List<String> statements() {
		return List.copyOf(this.statements);
	}

	public int count() {
		return this.count.get();
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof DataSource dataSource && !Proxy.isProxyClass(bean.getClass())) {
			return proxy(DataSource.class, dataSource, (target, method, args) -> {
				Object result = invoke(method, target, args);
				if (result instanceof Connection connection) {
					return proxy(Connection.class, connection, (c, m, a) -> {
						if (STATEMENT_METHODS.contains(m.getName()) && Thread.currentThread() == this.counted) {
							this.count.incrementAndGet();
							this.statements.add((a != null && a.length > 0 && a[0] instanceof String sql)
									? sql.replaceAll("\\s+", " ").trim() : m.getName());
						}
						return invoke(m, c, a);
					});
				}
				return result;
			});
		}
		return bean;
	}

	private interface Handler<T> {

		Object handle(T target, Method method, Object[] args) throws Throwable;

	}

	@SuppressWarnings("unchecked")
	private static <T> T proxy(Class<T> type, T target, Handler<T> handler) {
		InvocationHandler invocation = (proxy, method, args) -> {
			if (method.getName().equals("unwrap") && args != null && args[0] instanceof Class<?> c
					&& c.isInstance(target)) {
				return target;
			}
			return handler.handle(target, method, args);
		};
		return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] { type }, invocation);
	}

	private static Object invoke(Method method, Object target, Object[] args) throws Throwable {
		try {
			return method.invoke(target, args);
		}
		catch (InvocationTargetException ex) {
			throw ex.getCause();
		}
	}

}
