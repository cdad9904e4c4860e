package dev.rubric.collect.formats.infrastructure;

import dev.rubric.collect.formats.infrastructure.InfraLexer.Token;
import dev.rubric.collect.formats.infrastructure.InfraLexer.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads expressions from a token list, shared by the Bicep and the HCL reader. Line breaks are
 * not tokens: both languages separate object entries and array items by structure as much as by
 * line, so an entry ends where no operator continues it.
 */
class ExprParser {
    private static final Set<String> BINARY = Set.of("==", "!=", "<", ">", "<=", ">=", "&&", "||", "??", "+", "-",
            "*", "/", "%", "=~", "!~");

    /** A token list that does not have the expected shape; the reader reports it with its position. */
    static final class SyntaxException extends RuntimeException {
        final int line;
        final int column;

        SyntaxException(String message, Token at) {
            super(message + " at '" + at.text() + "'");
            this.line = at.line();
            this.column = at.column();
        }
    }

    protected final List<Token> tokens;
    protected final InfraLexer.Dialect dialect;
    protected int at;

    ExprParser(List<Token> tokens, InfraLexer.Dialect dialect) {
        this.tokens = tokens;
        this.dialect = dialect;
    }

    protected Token peek() {
        return tokens.get(at);
    }

    protected Token peek(int ahead) {
        return tokens.get(Math.min(at + ahead, tokens.size() - 1));
    }

    protected Token take() {
        Token token = tokens.get(at);
        if (token.type() != Type.EOF) {
            at++;
        }
        return token;
    }

    protected boolean accept(String op) {
        if (peek().is(op) && peek().type() == Type.OP) {
            at++;
            return true;
        }
        return false;
    }

    protected Token expect(String op) {
        if (!accept(op)) {
            throw new SyntaxException("expected '" + op + "'", peek());
        }
        return tokens.get(at - 1);
    }

    protected String textFrom(int start) {
        StringBuilder out = new StringBuilder();
        for (int i = start; i < at; i++) {
            Token token = tokens.get(i);
            out.append(token.type() == Type.STRING ? quote(token.text()) : token.text());
        }
        return out.toString();
    }

    private String quote(String value) {
        return dialect == InfraLexer.Dialect.BICEP ? "'" + value + "'" : "\"" + value + "\"";
    }

    Expr expression() {
        int start = at;
        int line = peek().line();
        Expr left = binary();
        if (accept("?")) {
            Expr then = expression();
            expect(":");
            Expr otherwise = expression();
            return new Expr.Conditional(left, then, otherwise, textFrom(start), line);
        }
        return left;
    }

    private Expr binary() {
        int start = at;
        Expr left = unary();
        boolean combined = false;
        while (peek().type() == Type.OP && BINARY.contains(peek().text())) {
            take();
            unary();
            combined = true;
        }
        return combined ? new Expr.Other(textFrom(start), left.line()) : left;
    }

    private Expr unary() {
        int start = at;
        if (peek().type() == Type.OP && (peek().is("!") || peek().is("-"))) {
            Token op = take();
            unary();
            return new Expr.Other(textFrom(start), op.line());
        }
        return postfix(primary());
    }

    private Expr postfix(Expr base) {
        while (true) {
            if (peek().is("!") && peek().type() == Type.OP && peek(1).is(".")) {
                take();
            } else if ((peek().is(".") || peek().is("?.") || peek().is("::")) && peek().type() == Type.OP) {
                take();
                Token name = take();
                if (base instanceof Expr.Ref ref && (name.type() == Type.IDENT || name.type() == Type.NUMBER || name.is("*"))) {
                    List<String> path = new ArrayList<>(ref.path());
                    path.add(name.text());
                    base = new Expr.Ref(List.copyOf(path), ref.text() + "." + name.text(), ref.line());
                } else {
                    base = new Expr.Other(base.text() + "." + name.text(), base.line());
                }
            } else if (peek().is("(") && peek().type() == Type.OP && base instanceof Expr.Ref ref) {
                // a namespaced call: az.resourceGroup(x), sys.description('…')
                take();
                List<Expr> args = new ArrayList<>();
                while (!accept(")")) {
                    if (peek().type() == Type.EOF) {
                        throw new SyntaxException("unclosed call", peek());
                    }
                    args.add(expression());
                    accept(",");
                }
                base = new Expr.Call(ref.text(), List.copyOf(args), ref.text() + "(" + String.join(",",
                        args.stream().map(Expr::text).toList()) + ")", ref.line());
            } else if (peek().is("[") && peek().type() == Type.OP) {
                take();
                Expr index = expression();
                expect("]");
                base = new Expr.Other(base.text() + "[" + index.text() + "]", base.line());
            } else {
                return base;
            }
        }
    }

    private Expr primary() {
        int start = at;
        Token token = take();
        switch (token.type()) {
            case STRING -> {
                return string(token);
            }
            case NUMBER -> {
                return new Expr.Literal(token.text(), token.text(), token.line());
            }
            case IDENT -> {
                if (token.text().equals("true") || token.text().equals("false") || token.text().equals("null")) {
                    return new Expr.Literal(token.text(), token.text(), token.line());
                }
                if (peek().is("(") && peek().type() == Type.OP) {
                    take();
                    List<Expr> args = new ArrayList<>();
                    while (!accept(")")) {
                        args.add(expression());
                        accept(",");
                        accept("...");
                        if (peek().type() == Type.EOF) {
                            throw new SyntaxException("unclosed call", token);
                        }
                    }
                    String name = token.text();
                    return new Expr.Call(name, List.copyOf(args), textFrom(start), token.line());
                }
                if (peek().is("=>") && peek().type() == Type.OP) {
                    // a Bicep lambda: x => body
                    take();
                    expression();
                    return new Expr.Other(textFrom(start), token.line());
                }
                return new Expr.Ref(List.of(token.text()), token.text(), token.line());
            }
            case OP -> {
                if (token.is("(")) {
                    Expr inner = expression();
                    while (accept(",")) {
                        expression();
                    }
                    expect(")");
                    if (accept("=>")) {
                        expression();
                        return new Expr.Other(textFrom(start), token.line());
                    }
                    return inner;
                }
                if (token.is("{")) {
                    return object(start, token);
                }
                if (token.is("[")) {
                    return array(start, token);
                }
                throw new SyntaxException("unexpected", token);
            }
            default -> throw new SyntaxException("unexpected end of input", token);
        }
    }

    private Expr string(Token token) {
        if (token.interpolations().isEmpty()) {
            return new Expr.Literal(token.text(), quote(token.text()), token.line());
        }
        Expr only = null;
        if (token.interpolations().size() == 1 && token.text().equals("${" + token.interpolations().get(0) + "}")) {
            try {
                List<Token> inner = InfraLexer.tokens(token.interpolations().get(0), dialect);
                ExprParser parser = new ExprParser(inner, dialect);
                Expr parsed = parser.expression();
                if (parser.peek().type() == Type.EOF) {
                    only = relocate(parsed, token.line());
                }
            } catch (RuntimeException ignored) {
                // an interpolation the reader cannot follow stays a template
            }
        }
        return new Expr.Template(token.text(), only, quote(token.text()), token.line());
    }

    private static Expr relocate(Expr expr, int line) {
        return expr instanceof Expr.Ref ref ? new Expr.Ref(ref.path(), ref.text(), line) : new Expr.Other(expr.text(), line);
    }

    private Expr object(int start, Token open) {
        if (dialect == InfraLexer.Dialect.HCL && peek().is("for")) {
            skipTo("}");
            return new Expr.Other(textFrom(start), open.line());
        }
        Map<String, Expr> entries = new LinkedHashMap<>();
        Map<String, Integer> lines = new LinkedHashMap<>();
        while (!accept("}")) {
            if (peek().type() == Type.EOF) {
                throw new SyntaxException("unclosed object", open);
            }
            if (accept("...")) {
                expression();
                accept(",");
                continue;
            }
            if (accept("@")) {
                // a decorator on an object property
                postfix(primary());
                continue;
            }
            Token key = take();
            if (key.type() != Type.IDENT && key.type() != Type.STRING && key.type() != Type.NUMBER && !key.is("(")) {
                throw new SyntaxException("expected a property name", key);
            }
            String name = key.text();
            if (key.is("(")) {
                // HCL's computed key: (expr) = value
                Expr computed = expression();
                expect(")");
                name = "(" + computed.text() + ")";
            }
            if (!(accept(":") || accept("="))) {
                Expr nested = nestedEntry(key);
                if (nested == null) {
                    throw new SyntaxException("expected ':' after property " + name, peek());
                }
                entries.put(name + "#" + key.line(), nested);
                lines.put(name + "#" + key.line(), key.line());
                continue;
            }
            Expr value = expression();
            entries.put(name, value);
            lines.put(name, key.line());
            accept(",");
        }
        return new Expr.Obj(entries, lines, textFrom(start), open.line());
    }

    /** A declaration nested in an object that is not {@code key: value}; null when none is known here. */
    protected Expr nestedEntry(Token key) {
        return null;
    }

    private Expr array(int start, Token open) {
        if (peek().is("for")) {
            take();
            String variable;
            if (accept("(")) {
                // Bicep's [for (item, index) in …]
                variable = take().text();
                skipTo(")");
            } else {
                variable = take().text();
            }
            while (accept(",")) {
                take();
            }
            if (!peek().is("in")) {
                throw new SyntaxException("expected 'in'", peek());
            }
            take();
            Expr items = expression();
            expect(":");
            if (dialect == InfraLexer.Dialect.BICEP && peek().is("if")) {
                take();
                expect("(");
                skipTo(")");
            }
            Expr body = expression();
            if (dialect == InfraLexer.Dialect.HCL && peek().is("if")) {
                take();
                expression();
            }
            expect("]");
            return new Expr.For(variable, items, body, textFrom(start), open.line());
        }
        List<Expr> items = new ArrayList<>();
        while (!accept("]")) {
            if (peek().type() == Type.EOF) {
                throw new SyntaxException("unclosed array", open);
            }
            items.add(expression());
            accept(",");
        }
        return new Expr.Arr(List.copyOf(items), textFrom(start), open.line());
    }

    /** Skips balanced brackets up to and including {@code close}. */
    protected void skipTo(String close) {
        int depth = 0;
        while (peek().type() != Type.EOF) {
            Token token = take();
            if (token.type() == Type.OP && (token.is("{") || token.is("[") || token.is("("))) {
                depth++;
            } else if (token.type() == Type.OP && (token.is("}") || token.is("]") || token.is(")"))) {
                if (depth == 0 && token.is(close)) {
                    return;
                }
                depth--;
            }
        }
    }
}
