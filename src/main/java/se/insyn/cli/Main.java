package se.insyn.cli; public class Main { public static void main(String[] a){} }
